<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../app/ui/accessibility.py" line="156"/>
        <source>Use the arrow keys to scroll this page.</source>
        <translation>Use las flechas del teclado para moverse por esta página.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accessibility.py" line="194"/>
        <source>Arrow keys move between questions. Space ticks or unticks the one selected.</source>
        <translation>Las flechas pasan de una pregunta a otra. La barra espaciadora marca o desmarca la elegida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accessibility.py" line="197"/>
        <source>Moves the selected question up in its part of the list.</source>
        <translation>Sube la pregunta elegida dentro de su parte de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accessibility.py" line="198"/>
        <source>Moves the selected question down in its part of the list.</source>
        <translation>Baja la pregunta elegida dentro de su parte de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accessibility.py" line="199"/>
        <source>Up to 3 questions can be most important.</source>
        <translation>Puede marcar hasta 3 preguntas como las más importantes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accessibility.py" line="200"/>
        <source>Removes the selected question of your own.</source>
        <translation>Quita la pregunta propia elegida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accessibility.py" line="201"/>
        <source>What will be printed, as it will look.</source>
        <translation>Lo que se imprimirá, tal como se verá.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="123"/>
        <source>What to know</source>
        <translation>Lo que debe saber</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="104"/>
        <source>Skip this part</source>
        <translation>Saltar esta parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="91"/>
        <source>Why we ask:</source>
        <translation>Por qué preguntamos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="126"/>
        <source>More about %1</source>
        <translation>Más sobre %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="113"/>
        <source>More for your doctor (you can skip this)</source>
        <translation>Más para su médico (puede saltarlo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="128"/>
        <source>Sources for this page</source>
        <translation>Fuentes de esta página</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="166"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="203"/>
        <source>Shows %1 more facts about this part.</source>
        <translation>Muestra %1 datos más sobre esta parte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_parts.py" line="128"/>
        <source>Words:</source>
        <translation>Palabras:</translation>
    </message>
</context>
<context>
    <name>Chrome</name>
    <message>
        <location filename="../../app/ui/chrome.py" line="140"/>
        <source>Progress: step %1 of %2</source>
        <translation>Progreso: paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <location filename="../../app/ui/crisis.py" line="65"/>
        <source>These contacts stay on this page and will also be printed at the top of your list.</source>
        <translation>Estos contactos se quedan en esta página y también se imprimirán al principio de su lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="68"/>
        <source>I have read this</source>
        <translation>Ya lo leí</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="47"/>
        <source>isotretinoin-questions.pdf</source>
        <translation>preguntas-isotretinoina.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="20"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="21"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="22"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="40"/>
        <source>Your list was sent to the printer.</source>
        <translation>Su lista se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="52"/>
        <source>Save your list as PDF</source>
        <translation>Guardar su lista como PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desktop_actions.py" line="67"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <location filename="../../app/ui/display_controls.py" line="42"/>
        <source>Language and display</source>
        <translation>Idioma y pantalla</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="68"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="69"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="78"/>
        <source>High contrast (white and yellow on black)</source>
        <translation>Alto contraste (blanco y amarillo sobre negro)</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="117"/>
        <source>Text size: %1%</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="118"/>
        <source>Change it with A− and A+ at the top right, or Ctrl+plus and Ctrl+minus.</source>
        <translation>Cámbielo con A− y A+ arriba a la derecha, o con Ctrl+más y Ctrl+menos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="120"/>
        <source>%1. Shortcut: Ctrl+plus and Ctrl+minus.</source>
        <translation>%1. Atajo: Ctrl+más y Ctrl+menos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../app/ui/display_controls.py" line="1"/>
        <source>Press again to turn it off.</source>
        <translation>Púlselo otra vez para quitarlo.</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This kiosk is not set up correctly</source>
        <translation type="vanished">Este quiosco no está bien configurado</translation>
    </message>
    <message>
        <source>Patients: please ask at the front desk. Staff: fix the problems below in the clinic configuration file, check it with `python -m app check-config PATH`, then tap Check again.</source>
        <translation type="vanished">Pacientes: pregunten en la recepción, por favor. Personal: corrijan los problemas de abajo en el archivo de configuración de la clínica, revísenlo con `python -m app check-config RUTA` y toquen Comprobar otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="264"/>
        <source>This kiosk is not working right now</source>
        <translation>Este quiosco no funciona en este momento</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="265"/>
        <source>Please ask a member of staff.</source>
        <translation>Pida ayuda a alguien del personal, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="267"/>
        <source>Check again</source>
        <translation>Comprobar otra vez</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../app/ui/facts.py" line="37"/>
        <source>Common</source>
        <translation>Frecuente</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="38"/>
        <source>Common and serious</source>
        <translation>Frecuente y grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="39"/>
        <source>Uncommon</source>
        <translation>Poco frecuente</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="40"/>
        <source>Uncommon but serious</source>
        <translation>Poco frecuente pero grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="41"/>
        <source>Rare</source>
        <translation>Raro</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="42"/>
        <source>Rare but serious</source>
        <translation>Raro pero grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="43"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="50"/>
        <source>US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="50"/>
        <source>UK</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="50"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="53"/>
        <source>Other countries&apos; rules</source>
        <translation>Normas de otros países</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="54"/>
        <source>%1 and other countries&apos; rules</source>
        <translation>Normas de %1 y de otros países</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="55"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="56"/>
        <source>%1 rules</source>
        <translation>Normas de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="67"/>
        <source>as of %1</source>
        <translation>datos de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="131"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/facts.py" line="147"/>
        <source>Sources for this page</source>
        <translation>Fuentes de esta página</translation>
    </message>
</context>
<context>
    <name>KioskActions</name>
    <message>
        <location filename="../../app/kiosk/actions.py" line="52"/>
        <source>See the printout</source>
        <translation>Ver la hoja impresa</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="53"/>
        <source>Print my list</source>
        <translation>Imprimir mi lista</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="74"/>
        <source>Your list has already been printed. Please ask at the front desk if you need another copy.</source>
        <translation>Su lista ya se imprimió. Si necesita otra copia, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="84"/>
        <source>Sending your list to the printer…</source>
        <translation>Enviando su lista a la impresora…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="95"/>
        <source>Your list is on its way to the printer…</source>
        <translation>Su lista se está enviando a la impresora…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="97"/>
        <source>Your list is printing at the front desk. Please collect it there. Tap Finish when you are done.</source>
        <translation>Su lista se está imprimiendo en la recepción. Recójala allí, por favor. Toque Terminar cuando acabe.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="100"/>
        <source>Your list was sent to the printer at the front desk. Tap Finish when you are done.</source>
        <translation>Su lista se envió a la impresora de la recepción. Toque Terminar cuando acabe.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="104"/>
        <source>Your list is waiting for the printer. Please tell the front desk: they can print it for you.</source>
        <translation>Su lista está esperando a la impresora. Avise en la recepción, por favor: allí se la pueden imprimir.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="110"/>
        <source>Sorry, your list could not be printed. It is still here for you to read. Please ask a member of staff at the front desk for help.</source>
        <translation>Lo sentimos, su lista no se pudo imprimir. Sigue aquí para que la lea. Pida ayuda al personal de la recepción, por favor.</translation>
    </message>
    <message>
        <source>Sorry, your list could not be printed. It is still here for you to read. Please tell the front desk.</source>
        <translation type="vanished">Lo sentimos, su lista no se pudo imprimir. Sigue aquí para que la lea. Avise en la recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="112"/>
        <source>For staff: %1</source>
        <translation>Para el personal: %1</translation>
    </message>
    <message>
        <source>Your list is printing at the front desk. Tap Finish when you are done.</source>
        <translation type="vanished">Su lista se está imprimiendo en la recepción. Toque Terminar cuando acabe.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/actions.py" line="124"/>
        <source>Your list has not been printed yet. Tap Print my list, or tap Finish again to clear the screen.</source>
        <translation>Su lista aún no se imprimió. Toque Imprimir mi lista, o toque Terminar otra vez para borrar la pantalla.</translation>
    </message>
</context>
<context>
    <name>KioskLimits</name>
    <message>
        <location filename="../../app/kiosk/limits.py" line="63"/>
        <source>You have added %1 questions of your own, the most this list can hold.</source>
        <translation>Ha añadido %1 preguntas propias, el máximo que admite esta lista.</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <location filename="../../app/kiosk/shell.py" line="231"/>
        <source>The app hit unexpected errors %1 times in a minute. The details are in the log (standard error). Restart the app.</source>
        <translation>La aplicación tuvo errores inesperados %1 veces en un minuto. Los detalles están en el registro (salida de error estándar). Reinicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="40"/>
        <source>Config: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="41"/>
        <source>Printer: %1</source>
        <translation>Impresora: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="42"/>
        <source>Idle timeout: %1 s, countdown %2 s</source>
        <translation>Tiempo sin uso: %1 s, cuenta atrás %2 s</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="44"/>
        <source>Sessions cleared since start: %1</source>
        <translation>Sesiones borradas desde el inicio: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="46"/>
        <source>Wrong PINs since start: %1 (lockouts: %2)</source>
        <translation>PIN incorrectos desde el inicio: %1 (bloqueos: %2)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="49"/>
        <source>This start looked like a restart (after a crash or an exit): the PIN pad started at a longer lockout.</source>
        <translation>Este inicio parece un reinicio (tras un fallo o una salida): el teclado del PIN empezó con un bloqueo más largo.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="57"/>
        <source>Fix the clinic configuration file, check it with `python -m app check-config`, then tap Check again.</source>
        <translation>Corrija el archivo de configuración de la clínica, revíselo con `python -m app check-config` y toque Comprobar otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="78"/>
        <source>Sending a test page to &apos;%1&apos;…</source>
        <translation>Enviando una página de prueba a «%1»…</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="88"/>
        <source>Test page printed on &apos;%1&apos;.</source>
        <translation>Página de prueba impresa en «%1».</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="90"/>
        <source>Test page is printing on &apos;%1&apos;.</source>
        <translation>La página de prueba se está imprimiendo en «%1».</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="94"/>
        <source>The test page is still waiting in the queue: %1</source>
        <translation>La página de prueba sigue esperando en la cola: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="100"/>
        <source>Test print failed: %1</source>
        <translation>La página de prueba falló: %1</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="92"/>
        <source>Test page sent to &apos;%1&apos;.</source>
        <translation>Página de prueba enviada a «%1».</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>waiting in the queue</source>
        <translation>esperando en la cola</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>being sent to the printer</source>
        <translation>enviándose a la impresora</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>sent (not followed)</source>
        <translation>enviado (sin seguimiento)</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>unknown: CUPS does not answer</source>
        <translation>desconocido: CUPS no responde</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>not printed in time: the person was sent to the front desk</source>
        <translation>no se imprimió a tiempo: se indicó a la persona que fuera a recepción</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>Recent print jobs:</source>
        <translation>Trabajos de impresión recientes:</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/staff.py" line="1"/>
        <source>%1 on &apos;%2&apos;: %3 (%4)</source>
        <translation>%1 en «%2»: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>KioskWizard</name>
    <message>
        <location filename="../../app/kiosk/wizard.py" line="24"/>
        <location filename="../../app/kiosk/wizard.py" line="64"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/wizard.py" line="26"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/wizard.py" line="60"/>
        <source>Tap again to clear everything</source>
        <translation>Toque otra vez para borrarlo todo</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="63"/>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="65"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="66"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="67"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="68"/>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="100"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../app/ui/page_preview.py" line="1"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_preview.py" line="1"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_preview.py" line="1"/>
        <source>Preview of your printout</source>
        <translation>Vista previa de su hoja impresa</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_preview.py" line="1"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_preview.py" line="1"/>
        <source>Your printout, %1</source>
        <translation>Su hoja impresa, %1</translation>
    </message>
</context>
<context>
    <name>PhoneControls</name>
    <message>
        <location filename="../../app/ui/phone.py" line="40"/>
        <source>Your list has no questions yet.</source>
        <translation>Su lista aún no tiene preguntas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="42"/>
        <source>This code holds all %1 of your questions.</source>
        <translation>Este código lleva sus %1 preguntas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="43"/>
        <source>This code holds %1 of your %2 questions.</source>
        <translation>Este código lleva %1 de sus %2 preguntas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="115"/>
        <source>Send to my p&amp;hone…</source>
        <translation>Enviar a mi &amp;teléfono…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="118"/>
        <source>Shows a code your phone&apos;s camera can read. Nothing is sent from here.</source>
        <translation>Muestra un código que la cámara de su teléfono puede leer. Desde aquí no se envía nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="119"/>
        <source>Put the phone code on the printout</source>
        <translation>Poner el código para el teléfono en la hoja impresa</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../app/ui/phone.py" line="53"/>
        <source>Send to my phone</source>
        <translation>Enviar a mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="58"/>
        <source>QR code with your questions</source>
        <translation>Código QR con sus preguntas</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="73"/>
        <source>Your most important questions come first. The rest did not fit in one code: you can also print the list.</source>
        <translation>Sus preguntas más importantes van primero. Las demás no cupieron en un código: también puede imprimir la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="77"/>
        <source>Point your phone&apos;s camera at the code and tap what it shows. Your phone opens a new email with your questions in it. Add your own email address and send it to yourself.</source>
        <translation>Apunte la cámara de su teléfono al código y toque lo que aparece. Su teléfono abre un correo nuevo con sus preguntas. Escriba su propia dirección de correo y envíeselo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="80"/>
        <source>Your list is inside the code itself. This app sends nothing and keeps nothing. The email only goes out if you send it from your phone.</source>
        <translation>Su lista va dentro del propio código. Esta aplicación no envía ni guarda nada. El correo solo sale si usted lo envía desde su teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone.py" line="85"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="68"/>
        <source>Staff only: enter the PIN</source>
        <translation>Solo personal: escriba el PIN</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="77"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="78"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="82"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="147"/>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>PIN incorrecto. Quedan %1 intentos antes de que se bloquee el teclado.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="155"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="157"/>
        <source>Too many wrong PINs. Try again in %1 minutes.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %1 minutos.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/pinpad.py" line="1"/>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo en %1 s.</translation>
    </message>
</context>
<context>
    <name>PrintoutScreen</name>
    <message>
        <location filename="../../app/kiosk/screens.py" line="135"/>
        <source>This is what will print</source>
        <translation>Esto es lo que se imprimirá</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="146"/>
        <source>Back to my list</source>
        <translation>Volver a mi lista</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="147"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="166"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>QuizItemBox</name>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="76"/>
        <source>Yes, that is right.</source>
        <translation>Sí, es correcto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="77"/>
        <source>Not quite. Here is the answer:</source>
        <translation>No del todo. Esta es la respuesta:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="78"/>
        <source>That is fine. Here is the answer:</source>
        <translation>No pasa nada. Esta es la respuesta:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="80"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="83"/>
        <source>Added to your list: %1</source>
        <translation>Añadido a su lista: %1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="100"/>
        <source>Check what I understood</source>
        <translation>Comprobar lo que entendí</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="107"/>
        <source>You can check what you have read with a few short questions. This is not a test: there is no score and nothing is saved. After each answer you see the facts and where they come from. Anything that was not clear is added to your list, so your doctor can explain it again.</source>
        <translation>Puede comprobar lo que leyó con unas pocas preguntas cortas. No es un examen: no hay nota y no se guarda nada. Después de cada respuesta verá los datos y de dónde vienen. Lo que no quedó claro se añade a su lista, para que su médico se lo vuelva a explicar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="111"/>
        <source>Check what I understood (optional)</source>
        <translation>Comprobar lo que entendí (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="113"/>
        <source>Skip this check</source>
        <translation>Saltar esta comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/quiz_page.py" line="142"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>SavedAnswers</name>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="80"/>
        <source>Saved. Your answers are in %1.</source>
        <translation>Guardado. Sus respuestas están en %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="128"/>
        <source>Some of your saved answers do not fit this version of the checklist and were left out.</source>
        <translation>Algunas de sus respuestas guardadas no corresponden a esta versión de la lista y se dejaron fuera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="132"/>
        <source>Please look again at these pages: %1.</source>
        <translation>Vuelva a mirar estas páginas: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="135"/>
        <source>Please go through your answers again before you print your list.</source>
        <translation>Revise sus respuestas otra vez antes de imprimir su lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="72"/>
        <source>my-isotretinoin-answers.json</source>
        <translation>mis-respuestas-isotretinoina.json</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="71"/>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="72"/>
        <source>Answers files (*.json)</source>
        <translation>Archivos de respuestas (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="80"/>
        <source>Your answers could not be saved to %1: %2.</source>
        <translation>No se pudieron guardar sus respuestas en %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="93"/>
        <source>Open saved answers</source>
        <translation>Abrir respuestas guardadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="94"/>
        <source>Answers files (*.json);;All files (*)</source>
        <translation>Archivos de respuestas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="101"/>
        <source>This file could not be opened, and nothing was changed: %1</source>
        <translation>No se pudo abrir este archivo y no se cambió nada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="130"/>
        <source>Save my answers…</source>
        <translation>Guardar mis respuestas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="133"/>
        <source>Saves your answers and your list in a file you choose, to open again later.</source>
        <translation>Guarda sus respuestas y su lista en el archivo que elija, para abrirlas más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="148"/>
        <source>Open saved answers…</source>
        <translation>Abrir respuestas guardadas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="151"/>
        <source>Goes on from answers you saved before.</source>
        <translation>Sigue desde las respuestas que guardó antes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_answers.py" line="162"/>
        <source>Saved answers</source>
        <translation>Respuestas guardadas</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../app/ui/saved_file.py" line="1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_file.py" line="1"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_file.py" line="1"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_file.py" line="1"/>
        <source>Show %1 in its folder</source>
        <translation>Mostrar %1 en su carpeta</translation>
    </message>
</context>
<context>
    <name>SorryScreen</name>
    <message>
        <location filename="../../app/kiosk/screens.py" line="114"/>
        <source>Sorry, something went wrong — please ask the front desk.</source>
        <translation>Lo sentimos, algo salió mal. Pregunte en la recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="115"/>
        <source>Your answers have been cleared. You can start again.</source>
        <translation>Sus respuestas se borraron. Puede empezar otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="116"/>
        <source>Start again</source>
        <translation>Empezar otra vez</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../app/kiosk/screens.py" line="190"/>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="191"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="192"/>
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="193"/>
        <source>Show configuration problems</source>
        <translation>Ver problemas de configuración</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="194"/>
        <location filename="../../app/kiosk/screens.py" line="240"/>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="234"/>
        <source>Tap again to exit</source>
        <translation>Toque otra vez para salir</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="235"/>
        <source>Exit the kiosk? Tap Exit again to confirm, or Back to the kiosk to stay.</source>
        <translation>¿Salir del quiosco? Toque Salir otra vez para confirmarlo, o Volver al quiosco para quedarse.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="243"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/kiosk/screens.py" line="72"/>
        <source>Get a printed list of questions to ask your doctor about isotretinoin. It takes about 5 to 10 minutes.</source>
        <translation>Obtenga una lista impresa de preguntas para su médico sobre la isotretinoína. Tarda unos 5 a 10 minutos.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="74"/>
        <source>Tap to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="83"/>
        <source>Nothing you tap here is saved. The screen clears itself when you finish or walk away. This is not medical advice.</source>
        <translation>Nada de lo que toque aquí se guarda. La pantalla se borra sola cuando termina o se va. Esto no es un consejo médico.</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message>
        <location filename="../../app/kiosk/screens.py" line="92"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="95"/>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <location filename="../../app/kiosk/screens.py" line="106"/>
        <source>To keep your answers private, this screen will clear in %1 seconds. Tap anywhere to continue.</source>
        <translation>Para proteger sus respuestas, esta pantalla se borrará en %1 segundos. Toque en cualquier lugar para seguir.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/summary_page.py" line="48"/>
        <source>Your questions for your doctor</source>
        <translation>Sus preguntas para su médico</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="117"/>
        <source>Untick any question you do not want. Mark up to 3 as most important: they print first.</source>
        <translation>Desmarque las preguntas que no quiera. Marque hasta 3 como las más importantes: se imprimen primero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="120"/>
        <source>Your questions</source>
        <translation>Sus preguntas</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="127"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="128"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="129"/>
        <source>Most &amp;important</source>
        <translation>Más &amp;importante</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="40"/>
        <source>Type a question of your own</source>
        <translation>Escriba su pregunta</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="43"/>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="48"/>
        <source>My question:</source>
        <translation>Mi pregunta:</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="53"/>
        <source>Date and time (optional)</source>
        <translation>Fecha y hora (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="57"/>
        <source>Name (optional):</source>
        <translation>Nombre (opcional):</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="58"/>
        <source>Appointment:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="59"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="60"/>
        <source>Own question</source>
        <translation>Pregunta propia</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="62"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="63"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="80"/>
        <source>Print “What I want my doctor to &amp;know”</source>
        <translation>Imprimir «Lo que quiero que mi médico &amp;sepa»</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="83"/>
        <source>A short list of what you said that matters, on the first page.</source>
        <translation>Una lista corta de lo que usted dijo que importa, en la primera página.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="84"/>
        <source>Leave room for the doctor&apos;s ans&amp;wers</source>
        <translation>Dejar espacio para las &amp;respuestas del médico</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="88"/>
        <source>Print the part for the doctor in English</source>
        <translation>Imprimir en inglés la parte para el médico</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="70"/>
        <location filename="../../app/ui/summary_printout.py" line="94"/>
        <source>Preview of your printout</source>
        <translation>Vista previa de su hoja impresa</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="74"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="75"/>
        <source>Paper: automatic</source>
        <translation>Papel: automático</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="76"/>
        <source>Paper: US Letter</source>
        <translation>Papel: carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_printout.py" line="77"/>
        <source>Paper: A4</source>
        <translation>Papel: A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="149"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_list.py" line="197"/>
        <source>Most important: %1</source>
        <translation>Más importante: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_list.py" line="200"/>
        <source>Picked by the app: %1</source>
        <translation>Elegida por la aplicación: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_list.py" line="220"/>
        <source>%1: not answered. Go back to answer</source>
        <translation>%1: sin responder. Volver para responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="216"/>
        <source>You can mark up to %1 questions as most important.</source>
        <translation>Puede marcar hasta %1 preguntas como las más importantes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="241"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="245"/>
        <source>Content last reviewed: %1. Next review due: %2.</source>
        <translation>Contenido revisado por última vez: %1. Próxima revisión: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="256"/>
        <source>d MMMM yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
</context>
<context>
    <name>PrintError</name>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="19"/>
        <source>Cannot save the PDF: %1 is a folder.</source>
        <translation>No se pudo guardar el PDF: %1 es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="20"/>
        <source>Cannot save the PDF: the folder %1 is not a folder.</source>
        <translation>No se pudo guardar el PDF: %1 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="21"/>
        <source>Cannot save the PDF: the folder %1 does not exist.</source>
        <translation>No se pudo guardar el PDF: la carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="22"/>
        <source>Cannot save the PDF: you cannot write to %1.</source>
        <translation>No se pudo guardar el PDF: no tiene permiso para escribir en %1.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="23"/>
        <source>The PDF at %1 could not be written completely (is the disk full?).</source>
        <translation>El PDF en %1 no se pudo escribir completo (¿está lleno el disco?).</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="26"/>
        <source>Cannot save the PDF to %1: %2.</source>
        <translation>No se pudo guardar el PDF en %1: %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="27"/>
        <source>Cannot save the PDF: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="28"/>
        <source>No printer is set up.</source>
        <translation>No hay ninguna impresora configurada.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="29"/>
        <source>No printer was found on this computer. You can save the list as a PDF instead.</source>
        <translation>No se encontró ninguna impresora en este equipo. Puede guardar la lista como PDF.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="32"/>
        <source>The printer &apos;%1&apos; was not found.</source>
        <translation>No se encontró la impresora «%1».</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="33"/>
        <source>The printer &apos;%1&apos; is offline or stopped.</source>
        <translation>La impresora «%1» está desconectada o detenida.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="34"/>
        <source>The printer &apos;%1&apos; is not accepting jobs (CUPS: %2).</source>
        <translation>La impresora «%1» no acepta trabajos (CUPS: %2).</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="35"/>
        <source>CUPS is not running (or does not answer): nothing was sent to &apos;%1&apos;.</source>
        <translation>CUPS no está en marcha (o no responde): no se envió nada a «%1».</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="38"/>
        <source>The printer &apos;%1&apos; did not take the job: %2</source>
        <translation>La impresora «%1» no aceptó el trabajo: %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="39"/>
        <source>The printout would have %1 pages; the kiosk prints at most %2.</source>
        <translation>La lista tendría %1 páginas; este equipo imprime como máximo %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="42"/>
        <source>The printout could not be made (%1).</source>
        <translation>No se pudo preparar la impresión (%1).</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="43"/>
        <source>%1 failed (%2). The list was not printed.</source>
        <translation>%1 falló (%2). La lista no se imprimió.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="44"/>
        <source>%1 reported an error. The list was not printed.</source>
        <translation>%1 informó de un error. La lista no se imprimió.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="45"/>
        <source>%1 went away while printing. The list may not have printed.</source>
        <translation>%1 dejó de estar disponible mientras imprimía. Puede que la lista no se haya imprimido.</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="48"/>
        <source>The printer &apos;%1&apos;</source>
        <translation>La impresora «%1»</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/ui/print_errors.py" line="49"/>
        <source>The printer</source>
        <translation>La impresora</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="69"/>
        <source>job %1 on &apos;%2&apos; completed</source>
        <translation>trabajo %1 en «%2» terminado</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="70"/>
        <source>job %1 on &apos;%2&apos; is printing</source>
        <translation>trabajo %1 en «%2» imprimiéndose</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="71"/>
        <source>job %1 on &apos;%2&apos; is %3</source>
        <translation>trabajo %1 en «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="72"/>
        <source>CUPS canceled job %1 on &apos;%2&apos;.</source>
        <translation>CUPS canceló el trabajo %1 en «%2».</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="73"/>
        <source>CUPS aborted job %1 on &apos;%2&apos;.</source>
        <translation>CUPS interrumpió el trabajo %1 en «%2».</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="74"/>
        <source>CUPS does not know job %1 on &apos;%2&apos;.</source>
        <translation>CUPS no conoce el trabajo %1 en «%2».</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="75"/>
        <source>job %1 on &apos;%2&apos; left the queue (CUPS keeps no job history: how it ended is unknown)</source>
        <translation>el trabajo %1 en «%2» salió de la cola (CUPS no guarda el historial de trabajos: no se sabe cómo terminó)</translation>
    </message>
    <message>
        <location filename="../../work/wt/errors/app/kiosk/job_words.py" line="78"/>
        <source>job %1 on &apos;%2&apos;: %3</source>
        <translation>trabajo %1 en «%2»: %3</translation>
    </message>
</context>
<context>
    <name>AnsweredLine</name>
    <message>
        <location filename="../../app/ui/answered_line.py" line="1"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
</context>
<context>
    <name>SkippedReview</name>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>Before your list</source>
        <translation>Antes de su lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>You skipped some questions</source>
        <translation>Dejó algunas preguntas sin responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>You can go back to them now, or go on to your list. Answering is up to you.</source>
        <translation>Puede volver a ellas ahora o seguir a su lista. Usted decide si responde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>%1: %2 of %3 not answered</source>
        <translation>%1: %2 de %3 sin responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>Go back to it</source>
        <translation>Volver ahí</translation>
    </message>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>Go back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/skipped_review.py" line="1"/>
        <source>Go on to my list</source>
        <translation>Seguir a mi lista</translation>
    </message>
</context>
<context>
    <name>CloseWarning</name>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>You have not made your list yet.</source>
        <translation>Todavía no ha hecho su lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>Go back to my answers</source>
        <translation>Volver a mis respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>Your list has changed since you last saved or printed it.</source>
        <translation>Su lista ha cambiado desde la última vez que la guardó o imprimió.</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>If you close now, the changes are forgotten. What you saved or printed before stays as it was.</source>
        <translation>Si cierra ahora, se olvidan los cambios. Lo que guardó o imprimió antes no cambia.</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>If you close now, your answers and questions are forgotten: nothing is kept on this computer.</source>
        <translation>Si cierra ahora, sus respuestas y preguntas se olvidan: no se guarda nada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>Go back to my list</source>
        <translation>Volver a mi lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>Your list has not been saved or printed.</source>
        <translation>Su lista no se ha guardado ni impreso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/close_warning.py" line="1"/>
        <source>Close and forget</source>
        <translation>Cerrar y olvidar</translation>
    </message>
</context>
</TS>
