# Rewrites app.ui's old flat module paths to the sub-packages (issue 22). Use once per file, with GNU sed:
#   git ls-files -z app tests tools benchmarks docs README.md pyproject.toml build.spec ':!tools/ui_moves.sed' | xargs -0 sed -i -f tools/ui_moves.sed
# (run it twice and app.ui.wizard becomes app.ui.wizard.wizard.wizard: the wizard line must stay first).
# A "from app.ui import a, b" naming modules of two packages is not split here: lint-imports/pytest name it.
# Then `ruff check --select I --fix` sorts the imports. Renamed on the same branch (by hand: too generic for
# sed): RiskWizard.options -> wizard_options, SummaryPage.actions -> output_actions, the pages' and kiosk
# screens' .scroll -> .scroll_area, QuestionBox.title -> title_label, QuestionListView.find -> item_for_key;
# LazyAttribute is gone; WizardOptions lives in app.ui.host (app.ui.wizard.wizard still imports it).
s/\bapp\.ui\.wizard\b/app.ui.wizard.wizard/g
s/\bapp\/ui\/wizard\.py\b/app\/ui\/wizard\/wizard.py/g
s/\bapp\.ui\.pages\b/app.ui.wizard.pages/g
s/\bapp\/ui\/pages\.py\b/app\/ui\/wizard\/pages.py/g
s/\bapp\.ui\.quiz_page\b/app.ui.wizard.quiz_page/g
s/\bapp\/ui\/quiz_page\.py\b/app\/ui\/wizard\/quiz_page.py/g
s/\bapp\.ui\.next_guard\b/app.ui.wizard.next_guard/g
s/\bapp\/ui\/next_guard\.py\b/app\/ui\/wizard\/next_guard.py/g
s/\bapp\.ui\.ahead\b/app.ui.wizard.ahead/g
s/\bapp\/ui\/ahead\.py\b/app\/ui\/wizard\/ahead.py/g
s/\bapp\.ui\.chrome\b/app.ui.wizard.chrome/g
s/\bapp\/ui\/chrome\.py\b/app\/ui\/wizard\/chrome.py/g
s/\bapp\.ui\.skipped_review\b/app.ui.wizard.skipped_review/g
s/\bapp\/ui\/skipped_review\.py\b/app\/ui\/wizard\/skipped_review.py/g
s/\bapp\.ui\.accessibility\b/app.ui.wizard.accessibility/g
s/\bapp\/ui\/accessibility\.py\b/app\/ui\/wizard\/accessibility.py/g
s/\bapp\.ui\.arrival\b/app.ui.wizard.arrival/g
s/\bapp\/ui\/arrival\.py\b/app\/ui\/wizard\/arrival.py/g
s/\bapp\.ui\.display_controls\b/app.ui.wizard.display_controls/g
s/\bapp\/ui\/display_controls\.py\b/app\/ui\/wizard\/display_controls.py/g
s/\bapp\.ui\.window_fit\b/app.ui.wizard.window_fit/g
s/\bapp\/ui\/window_fit\.py\b/app\/ui\/wizard\/window_fit.py/g
s/\bapp\.ui\.language\b/app.ui.wizard.language/g
s/\bapp\/ui\/language\.py\b/app\/ui\/wizard\/language.py/g
s/\bapp\.ui\.summary_page\b/app.ui.summary.summary_page/g
s/\bapp\/ui\/summary_page\.py\b/app\/ui\/summary\/summary_page.py/g
s/\bapp\.ui\.summary_printout\b/app.ui.summary.summary_printout/g
s/\bapp\/ui\/summary_printout\.py\b/app\/ui\/summary\/summary_printout.py/g
s/\bapp\.ui\.summary_list\b/app.ui.summary.summary_list/g
s/\bapp\/ui\/summary_list\.py\b/app\/ui\/summary\/summary_list.py/g
s/\bapp\.ui\.summary_layout\b/app.ui.summary.summary_layout/g
s/\bapp\/ui\/summary_layout\.py\b/app\/ui\/summary\/summary_layout.py/g
s/\bapp\.ui\.phone\b/app.ui.summary.phone/g
s/\bapp\/ui\/phone\.py\b/app\/ui\/summary\/phone.py/g
s/\bapp\.ui\.saved_answers\b/app.ui.files.saved_answers/g
s/\bapp\/ui\/saved_answers\.py\b/app\/ui\/files\/saved_answers.py/g
s/\bapp\.ui\.save_shortcut\b/app.ui.files.save_shortcut/g
s/\bapp\/ui\/save_shortcut\.py\b/app\/ui\/files\/save_shortcut.py/g
s/\bapp\.ui\.close_warning\b/app.ui.files.close_warning/g
s/\bapp\/ui\/close_warning\.py\b/app\/ui\/files\/close_warning.py/g
s/\bapp\.ui\.desktop_actions\b/app.ui.files.desktop_actions/g
s/\bapp\/ui\/desktop_actions\.py\b/app\/ui\/files\/desktop_actions.py/g
s/\bapp\.ui\.widgets\b/app.ui.parts.widgets/g
s/\bapp\/ui\/widgets\.py\b/app\/ui\/parts\/widgets.py/g
s/\bapp\.ui\.choices\b/app.ui.parts.choices/g
s/\bapp\/ui\/choices\.py\b/app\/ui\/parts\/choices.py/g
s/\bapp\.ui\.choice_note\b/app.ui.parts.choice_note/g
s/\bapp\/ui\/choice_note\.py\b/app\/ui\/parts\/choice_note.py/g
s/\bapp\.ui\.glossary\b/app.ui.parts.glossary/g
s/\bapp\/ui\/glossary\.py\b/app\/ui\/parts\/glossary.py/g
s/\bapp\.ui\.crisis\b/app.ui.parts.crisis/g
s/\bapp\/ui\/crisis\.py\b/app\/ui\/parts\/crisis.py/g
s/\bapp\.ui\.facts\b/app.ui.parts.facts/g
s/\bapp\/ui\/facts\.py\b/app\/ui\/parts\/facts.py/g
s/\bapp\.ui\.page_parts\b/app.ui.parts.page_parts/g
s/\bapp\/ui\/page_parts\.py\b/app\/ui\/parts\/page_parts.py/g
s/\bapp\.ui\.answered_line\b/app.ui.parts.answered_line/g
s/\bapp\/ui\/answered_line\.py\b/app\/ui\/parts\/answered_line.py/g
s/\bapp\.ui\.reveal\b/app.ui.parts.reveal/g
s/\bapp\/ui\/reveal\.py\b/app\/ui\/parts\/reveal.py/g
s/\bapp\.ui\.lazy_page\b/app.ui.parts.lazy_page/g
s/\bapp\/ui\/lazy_page\.py\b/app\/ui\/parts\/lazy_page.py/g
s/\bapp\.ui\.palette\b/app.ui.look.palette/g
s/\bapp\/ui\/palette\.py\b/app\/ui\/look\/palette.py/g
s/\bapp\.ui\.stylesheet\b/app.ui.look.stylesheet/g
s/\bapp\/ui\/stylesheet\.py\b/app\/ui\/look\/stylesheet.py/g
s/\bapp\.ui\.fonts\b/app.ui.look.fonts/g
s/\bapp\/ui\/fonts\.py\b/app\/ui\/look\/fonts.py/g
s/\bapp\.ui\.theme\b/app.ui.look.theme/g
s/\bapp\/ui\/theme\.py\b/app\/ui\/look\/theme.py/g
s/\bapp\.ui\.reflow\b/app.ui.look.reflow/g
s/\bapp\/ui\/reflow\.py\b/app\/ui\/look\/reflow.py/g
s/\bapp\.ui\.paint_probe\b/app.ui.look.paint_probe/g
s/\bapp\/ui\/paint_probe\.py\b/app\/ui\/look\/paint_probe.py/g
s/\bapp\.ui\.announce\b/app.ui.a11y.announce/g
s/\bapp\/ui\/announce\.py\b/app\/ui\/a11y\/announce.py/g
s/\bapp\.ui\.atspi_visible\b/app.ui.a11y.atspi_visible/g
s/\bapp\/ui\/atspi_visible\.py\b/app\/ui\/a11y\/atspi_visible.py/g
s/\bapp\.ui\.quiet_focus\b/app.ui.a11y.quiet_focus/g
s/\bapp\/ui\/quiet_focus\.py\b/app\/ui\/a11y\/quiet_focus.py/g
s/\bapp\.ui\.expander_access\b/app.ui.a11y.expander_access/g
s/\bapp\/ui\/expander_access\.py\b/app\/ui\/a11y\/expander_access.py/g
s/\bapp\.ui\.remembered\b/app.ui.prefs.remembered/g
s/\bapp\/ui\/remembered\.py\b/app\/ui\/prefs\/remembered.py/g
s/\bapp\.ui\.last_folder\b/app.ui.prefs.last_folder/g
s/\bapp\/ui\/last_folder\.py\b/app\/ui\/prefs\/last_folder.py/g
s/\bapp\.ui\.dialog_history\b/app.ui.prefs.dialog_history/g
s/\bapp\/ui\/dialog_history\.py\b/app\/ui\/prefs\/dialog_history.py/g
s/\bapp\.ui\.translations\b/app.ui.prefs.translations/g
s/\bapp\/ui\/translations\.py\b/app\/ui\/prefs\/translations.py/g
s/\bapp\.ui\.language_choice\b/app.ui.prefs.language_choice/g
s/\bapp\/ui\/language_choice\.py\b/app\/ui\/prefs\/language_choice.py/g
# "from app.ui import name" (one name, maybe "as other" and a comment)
s/\bfrom app\.ui import wizard\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import wizard\1\2/
s/\bfrom app\.ui import pages\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import pages\1\2/
s/\bfrom app\.ui import quiz_page\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import quiz_page\1\2/
s/\bfrom app\.ui import next_guard\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import next_guard\1\2/
s/\bfrom app\.ui import ahead\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import ahead\1\2/
s/\bfrom app\.ui import chrome\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import chrome\1\2/
s/\bfrom app\.ui import skipped_review\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import skipped_review\1\2/
s/\bfrom app\.ui import accessibility\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import accessibility\1\2/
s/\bfrom app\.ui import arrival\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import arrival\1\2/
s/\bfrom app\.ui import display_controls\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import display_controls\1\2/
s/\bfrom app\.ui import window_fit\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import window_fit\1\2/
s/\bfrom app\.ui import language\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.wizard import language\1\2/
s/\bfrom app\.ui import summary_page\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.summary import summary_page\1\2/
s/\bfrom app\.ui import summary_printout\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.summary import summary_printout\1\2/
s/\bfrom app\.ui import summary_list\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.summary import summary_list\1\2/
s/\bfrom app\.ui import summary_layout\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.summary import summary_layout\1\2/
s/\bfrom app\.ui import phone\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.summary import phone\1\2/
s/\bfrom app\.ui import saved_answers\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.files import saved_answers\1\2/
s/\bfrom app\.ui import save_shortcut\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.files import save_shortcut\1\2/
s/\bfrom app\.ui import close_warning\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.files import close_warning\1\2/
s/\bfrom app\.ui import desktop_actions\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.files import desktop_actions\1\2/
s/\bfrom app\.ui import widgets\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import widgets\1\2/
s/\bfrom app\.ui import choices\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import choices\1\2/
s/\bfrom app\.ui import choice_note\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import choice_note\1\2/
s/\bfrom app\.ui import glossary\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import glossary\1\2/
s/\bfrom app\.ui import crisis\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import crisis\1\2/
s/\bfrom app\.ui import facts\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import facts\1\2/
s/\bfrom app\.ui import page_parts\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import page_parts\1\2/
s/\bfrom app\.ui import answered_line\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import answered_line\1\2/
s/\bfrom app\.ui import reveal\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import reveal\1\2/
s/\bfrom app\.ui import lazy_page\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.parts import lazy_page\1\2/
s/\bfrom app\.ui import palette\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.look import palette\1\2/
s/\bfrom app\.ui import stylesheet\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.look import stylesheet\1\2/
s/\bfrom app\.ui import fonts\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.look import fonts\1\2/
s/\bfrom app\.ui import theme\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.look import theme\1\2/
s/\bfrom app\.ui import reflow\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.look import reflow\1\2/
s/\bfrom app\.ui import paint_probe\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.look import paint_probe\1\2/
s/\bfrom app\.ui import announce\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.a11y import announce\1\2/
s/\bfrom app\.ui import atspi_visible\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.a11y import atspi_visible\1\2/
s/\bfrom app\.ui import quiet_focus\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.a11y import quiet_focus\1\2/
s/\bfrom app\.ui import expander_access\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.a11y import expander_access\1\2/
s/\bfrom app\.ui import remembered\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.prefs import remembered\1\2/
s/\bfrom app\.ui import last_folder\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.prefs import last_folder\1\2/
s/\bfrom app\.ui import dialog_history\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.prefs import dialog_history\1\2/
s/\bfrom app\.ui import translations\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.prefs import translations\1\2/
s/\bfrom app\.ui import language_choice\b\( as [A-Za-z_]*\)\?\(\s*#.*\)\?$/from app.ui.prefs import language_choice\1\2/
