<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru_RU">
<context>
    <name></name>
    <message>
        <source>&amp;Открыть колоду…</source>
        <translation>&amp;Open Deck…</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Экспорт в PDF…</source>
        <translation>&amp;Export to PDF…</translation>
    </message>
    <message>
        <source>&amp;Раздаточный PDF: слайды с заметками и текстом…</source>
        <translation>&amp;Handout PDF: Slides with Notes and Text…</translation>
    </message>
    <message>
        <source>Экспорт &amp;слайдов в PNG…</source>
        <translation>Export &amp;Slides to PNG…</translation>
    </message>
    <message>
        <source>Экспорт &amp;книги в EPUB…</source>
        <translation>Export the &amp;Book to EPUB…</translation>
    </message>
    <message>
        <source>Экспорт в HTML: одна страница для &amp;чтения без сети…</source>
        <translation>Export to HT&amp;ML: one page to read offline…</translation>
    </message>
    <message>
        <source>&amp;Замечания к колоде…</source>
        <translation>Deck &amp;Issues…</translation>
    </message>
    <message>
        <source>&amp;Дальше</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Навигация</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <source>&amp;Назад</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Следующий слайд, минуя шаги</source>
        <translation>Next &amp;Slide, Skipping Steps</translation>
    </message>
    <message>
        <source>Пр&amp;едыдущий слайд, минуя шаги</source>
        <translation>Previous Sli&amp;de, Skipping Steps</translation>
    </message>
    <message>
        <source>В на&amp;чало</source>
        <translation>&amp;First Slide</translation>
    </message>
    <message>
        <source>В &amp;конец</source>
        <translation>&amp;Last Slide</translation>
    </message>
    <message>
        <source>&amp;Перейти к слайду… (или набрать номер и Enter)</source>
        <translation>&amp;Go to Slide… (or Type Its Number and Enter)</translation>
    </message>
    <message>
        <source>&amp;Вернуться после перехода</source>
        <translation>&amp;Back to Where You Jumped From</translation>
    </message>
    <message>
        <source>Вперёд по &amp;истории переходов</source>
        <translation>Forward in the &amp;Jump History</translation>
    </message>
    <message>
        <source>П&amp;оиск по тексту…</source>
        <translation>F&amp;ind in Text…</translation>
    </message>
    <message>
        <source>С&amp;ледующее совпадение</source>
        <translation>Find Ne&amp;xt</translation>
    </message>
    <message>
        <source>Пред&amp;ыдущее совпадение</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Глава &amp;1</source>
        <translation>Chapter &amp;1</translation>
    </message>
    <message>
        <source>Глава &amp;2</source>
        <translation>Chapter &amp;2</translation>
    </message>
    <message>
        <source>Глава &amp;3</source>
        <translation>Chapter &amp;3</translation>
    </message>
    <message>
        <source>&amp;Полный текст рядом со слайдом</source>
        <translation>&amp;Full Text Beside the Slide</translation>
    </message>
    <message>
        <source>&amp;Вид</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Оглавление</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>С&amp;ледующая тема</source>
        <translation>Next T&amp;heme</translation>
    </message>
    <message>
        <source>&amp;Крупнее текст</source>
        <translation>La&amp;rger Text</translation>
    </message>
    <message>
        <source>&amp;Мельче текст</source>
        <translation>S&amp;maller Text</translation>
    </message>
    <message>
        <source>Обычный &amp;размер текста</source>
        <translation>&amp;Normal Text Size</translation>
    </message>
    <message>
        <source>Во весь &amp;экран</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>Выйти из полноэкранного режима</source>
        <translation>Leave Full Screen</translation>
    </message>
    <message>
        <source>&amp;Текст под слайдом</source>
        <translation>Text &amp;Below the Slide</translation>
    </message>
    <message>
        <source>&amp;Статья: весь репортаж одной страницей</source>
        <translation>&amp;Article: the Whole Report on One Page</translation>
    </message>
    <message>
        <source>&amp;Заметки докладчика в тексте</source>
        <translation>Speaker N&amp;otes in the Text</translation>
    </message>
    <message>
        <source>Сборки по &amp;шагам</source>
        <translation>Builds &amp;Step by Step</translation>
    </message>
    <message>
        <source>&amp;Закладка на этом слайде</source>
        <translation>&amp;Bookmark This Slide</translation>
    </message>
    <message>
        <source>&amp;Закладки</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>Показ с &amp;начала (во время показа — продолжить)</source>
        <translation>Present from the &amp;Start (While Presenting: Resume)</translation>
    </message>
    <message>
        <source>Пульт на телефоне: QR-код и код подключения</source>
        <translation>Phone Remote: QR Code and Pairing Code</translation>
    </message>
    <message>
        <source>Снять затемнение и оверлеи, затем приостановить показ (ещё раз Esc или F5 — продолжить)</source>
        <translation>Clear Blanks and Overlays, Then Pause the Show (Esc or F5 Again to Resume)</translation>
    </message>
    <message>
        <source>Закончить показ (когда пульт спрашивает после Esc)</source>
        <translation>End the Show (When the Console Asks After Esc)</translation>
    </message>
    <message>
        <source>Прокрутить заметки вниз</source>
        <translation>Scroll the Notes Down</translation>
    </message>
    <message>
        <source>Прокрутить заметки вверх</source>
        <translation>Scroll the Notes Up</translation>
    </message>
    <message>
        <source>&amp;Показ</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Показ с &amp;текущего слайда</source>
        <translation>Present from &amp;This Slide</translation>
    </message>
    <message>
        <source>Показ в &amp;окне — для демонстрации экрана в звонке</source>
        <translation>Present in a &amp;Window — for Screen Sharing in a Call</translation>
    </message>
    <message>
        <source>&amp;Репетиция: записать время каждого слайда</source>
        <translation>&amp;Rehearse: Record Each Slide’s Time</translation>
    </message>
    <message>
        <source>Чёрный экран</source>
        <translation>Black Screen</translation>
    </message>
    <message>
        <source>Белый экран</source>
        <translation>White Screen</translation>
    </message>
    <message>
        <source>Заморозить экран зрителей</source>
        <translation>Freeze the Audience Screen</translation>
    </message>
    <message>
        <source>Все слайды (только на пульте)</source>
        <translation>All Slides (Console Only)</translation>
    </message>
    <message>
        <source>Поменять экраны местами</source>
        <translation>Swap Screens</translation>
    </message>
    <message>
        <source>Пульт докладчика (на одном экране)</source>
        <translation>Presenter Console (on One Screen)</translation>
    </message>
    <message>
        <source>Лазерная указка (мышью по слайду на пульте)</source>
        <translation>Laser Pointer (Mouse over the Console’s Slide)</translation>
    </message>
    <message>
        <source>Указка и перо</source>
        <translation>Pointer and Pen</translation>
    </message>
    <message>
        <source>Прожектор: затемнить всё, кроме круга у указки</source>
        <translation>Spotlight: Darken All but a Circle at the Pointer</translation>
    </message>
    <message>
        <source>Увеличить область (выделить её мышью на пульте); ещё раз — весь слайд</source>
        <translation>Zoom into a Region (Select It with the Mouse on the Console); Again: the Whole Slide</translation>
    </message>
    <message>
        <source>Перо: рисовать на слайде</source>
        <translation>Pen: Draw on the Slide</translation>
    </message>
    <message>
        <source>Маркер: выделить строку</source>
        <translation>Highlighter: Mark a Line</translation>
    </message>
    <message>
        <source>Стереть всё нарисованное на слайде</source>
        <translation>Erase All Drawing on the Slide</translation>
    </message>
    <message>
        <source>Отменить последний штрих</source>
        <translation>Undo the Last Stroke</translation>
    </message>
    <message>
        <source>Сохранить слайды с пометками в PDF…</source>
        <translation>Save the Annotated Slides as PDF…</translation>
    </message>
    <message>
        <source>Пауза таймера</source>
        <translation>Pause the Timer</translation>
    </message>
    <message>
        <source>Время</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Сбросить таймер</source>
        <translation>Reset the Timer</translation>
    </message>
    <message>
        <source>Вернуть сброшенный таймер</source>
        <translation>Undo the Timer Reset</translation>
    </message>
    <message>
        <source>Длительность выступления…</source>
        <translation>Talk Length…</translation>
    </message>
    <message>
        <source>&amp;Клавиши</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation>&amp;About Reportage</translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>AnnotatedSaver</name>
    <message>
        <source>На слайдах ещё ничего не нарисовано (D — перо).</source>
        <translation>Nothing is drawn on the slides yet (D: pen).</translation>
    </message>
    <message>
        <source>Сохранить слайды с пометками</source>
        <translation>Save the annotated slides</translation>
    </message>
    <message>
        <source>Папка колоды только читается. Выберите другую папку.</source>
        <translation>The deck’s folder is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>Сохранено: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Сохранить слайды с пометками в PDF?</source>
        <translation>Save the annotated slides as a PDF?</translation>
    </message>
    <message>
        <source>Пометки</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Как в системе</source>
        <translation>&amp;As in the System</translation>
    </message>
    <message>
        <source>&amp;Светлая</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Тёмная</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Се&amp;пия</source>
        <translation>&amp;Sepia</translation>
    </message>
    <message>
        <source>&amp;Высокий контраст</source>
        <translation>&amp;High Contrast</translation>
    </message>
    <message>
        <source>Т&amp;ема</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Язык — Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Статья: весь репортаж</source>
        <translation>Article: the whole report</translation>
    </message>
    <message>
        <source>Заметки докладчика</source>
        <translation>Speaker Notes</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Reportage — зрители</source>
        <translation>Reportage — Audience</translation>
    </message>
    <message>
        <source>Слайд для зрителей</source>
        <translation>Slide for the audience</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Закладок &amp;пока нет</source>
        <translation>&amp;No bookmarks yet</translation>
    </message>
</context>
<context>
    <name>ChapterTree</name>
    <message>
        <source>Оглавление</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Reportage — пульт докладчика</source>
        <translation>Reportage — Presenter Console</translation>
    </message>
    <message>
        <source>Текущий слайд</source>
        <translation>Current slide</translation>
    </message>
    <message>
        <source>Следующий шаг</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Заметки докладчика</source>
        <translation>Speaker notes</translation>
    </message>
    <message>
        <source>Экран зрителей</source>
        <translation>Audience screen</translation>
    </message>
    <message>
        <source>Экраны</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Поменять экраны (S)</source>
        <translation>Swap Screens (S)</translation>
    </message>
    <message>
        <source>Показывать зрителям здесь</source>
        <translation>Show the Audience Here</translation>
    </message>
    <message>
        <source>Дальше</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Экран зрителей:</source>
        <translation>Audience screen:</translation>
    </message>
    <message>
        <source>УКАЗКА</source>
        <translation>POINTER</translation>
    </message>
    <message>
        <source>ПРОЖЕКТОР</source>
        <translation>SPOTLIGHT</translation>
    </message>
    <message>
        <source>ПЕРО</source>
        <translation>PEN</translation>
    </message>
    <message>
        <source>МАРКЕР</source>
        <translation>HIGHLIGHTER</translation>
    </message>
    <message>
        <source>ВЫДЕЛИТЕ ОБЛАСТЬ</source>
        <translation>SELECT A REGION</translation>
    </message>
    <message>
        <source>УВЕЛИЧЕНО (Z — весь слайд)</source>
        <translation>ZOOMED (Z: whole slide)</translation>
    </message>
    <message>
        <source>ЧЁРНЫЙ ЭКРАН</source>
        <translation>BLACK SCREEN</translation>
    </message>
    <message>
        <source>БЕЛЫЙ ЭКРАН</source>
        <translation>WHITE SCREEN</translation>
    </message>
    <message>
        <source>ЗРИТЕЛИ: ЗАМОРОЖЕНО</source>
        <translation>AUDIENCE: FROZEN</translation>
    </message>
    <message>
        <source>РЕПЕТИЦИЯ</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <source>ПОКАЗ ПО КРУГУ: ЖДЁТ МИНУТУ ТИШИНЫ</source>
        <translation>LOOP: RESUMES AFTER A MINUTE OF QUIET</translation>
    </message>
    <message>
        <source>ПОКАЗ ПО КРУГУ</source>
        <translation>LOOPING</translation>
    </message>
    <message>
        <source>Показ приостановлен — зрители видят текущий слайд. Закончить показ? Enter — да; F5, Esc или «дальше» — продолжить.</source>
        <translation>The show is paused — the audience sees the current slide. End the show? Enter: yes; F5, Esc or “next”: carry on.</translation>
    </message>
    <message>
        <source>слайд</source>
        <translation>slide</translation>
    </message>
    <message>
        <source>глава</source>
        <translation>chapter</translation>
    </message>
    <message>
        <source>{what} {now} (репетиция {last})</source>
        <translation>{what} {now} (rehearsal {last})</translation>
    </message>
</context>
<context>
    <name>DeckProblem</name>
    <message>
        <source>Колода не открылась — Reportage</source>
        <translation>The Deck Did Not Open — Reportage</translation>
    </message>
    <message>
        <source>Ошибки в колоде</source>
        <translation>Problems in the deck</translation>
    </message>
    <message>
        <source>&amp;Недавние колоды (Enter — открыть):</source>
        <translation>&amp;Recent decks (Enter opens):</translation>
    </message>
    <message>
        <source>Открыть &amp;снова</source>
        <translation>Open &amp;Again</translation>
    </message>
    <message>
        <source>&amp;Открыть другую колоду…</source>
        <translation>&amp;Open Another Deck…</translation>
    </message>
    <message>
        <source>«{path}» — не колода: в папке нет файла {manifest}.</source>
        <translation>“{path}” is not a deck: the folder has no {manifest} file.</translation>
    </message>
    <message>
        <source>В колоде «{path}» нет ни одного слайда.</source>
        <translation>The deck “{path}” has no slides.</translation>
    </message>
    <message>
        <source>Колоду «{path}» не удалось открыть: в ней нет слайдов, которые можно показать. Исправьте ошибки в текстовом редакторе и откройте её снова.</source>
        <translation>The deck “{path}” could not be opened: it has no slide that can be shown. Fix the problems in a text editor and open it again.</translation>
    </message>
    <message>
        <source>ошибка</source>
        <translation>error</translation>
    </message>
    <message>
        <source>предупреждение</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Открыть колоду (папку с deck.toml)</source>
        <translation>Open a Deck (a Folder with deck.toml)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Папка для PNG</source>
        <translation>Folder for the PNG Files</translation>
    </message>
    <message>
        <source>Сохранить PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Сохранить EPUB</source>
        <translation>Save EPUB</translation>
    </message>
    <message>
        <source>Папка для страницы HTML</source>
        <translation>Folder for the HTML page</translation>
    </message>
    <message>
        <source>Экспорт…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Экспорт</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Сохранено: {n} — {where}</source>
        <translation>Saved: {n} — {where}</translation>
    </message>
</context>
<context>
    <name>KeyHelpDialog</name>
    <message>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>KeyHelpTree</name>
    <message>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>NumberBar</name>
    <message>
        <source> · запасной: –1</source>
        <translation> · backup: –1</translation>
    </message>
    <message>
        <source> · запасные: –1…–{n}</source>
        <translation> · backups: –1…–{n}</translation>
    </message>
    <message>
        <source>Перейти к слайду:</source>
        <translation>Go to slide:</translation>
    </message>
    <message>
        <source>нет такого слайда</source>
        <translation>no such slide</translation>
    </message>
    <message>
        <source>Длительность выступления:</source>
        <translation>Talk length:</translation>
    </message>
    <message>
        <source>мин</source>
        <translation>min</translation>
    </message>
    <message>
        <source>от 1 до {n} минут</source>
        <translation>1 to {n} minutes</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>Все слайды</source>
        <translation>All slides</translation>
    </message>
</context>
<context>
    <name>PresentationSession</name>
    <message>
        <source>Экрана «{asked}» нет — слайды показаны на экране {used}. Есть экраны: {names}. Выбрать другой — в списке «Экран зрителей» внизу.</source>
        <translation>There is no screen “{asked}” — the slides are on screen {used}. Screens: {names}. Pick another in the “Audience screen” list below.</translation>
    </message>
    <message>
        <source>Пульт на телефоне не запущен: начните показ с ключом --remote.</source>
        <translation>The phone remote is not running: start the show with --remote.</translation>
    </message>
    <message>
        <source>Таймер сброшен — U вернёт прежнее время</source>
        <translation>Timer reset — U brings the old time back</translation>
    </message>
    <message>
        <source>Время возвращено</source>
        <translation>Time restored</translation>
    </message>
    <message>
        <source>Ошибка: {e}</source>
        <translation>Error: {e}</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Замечания к колоде «{title}»</source>
        <translation>Issues in the deck «{title}»</translation>
    </message>
    <message>
        <source>Замечаний: {n}, из них ошибок: {e}. Enter или двойной щелчок показывает слайд. Исправьте файл в текстовом редакторе: колода обновится сама, когда он будет сохранён.</source>
        <translation>Issues: {n}, errors among them: {e}. Enter or a double click shows the slide. Fix the file in a text editor: the deck reloads by itself once it is saved.</translation>
    </message>
    <message>
        <source>Замечания к колоде</source>
        <translation>Deck issues</translation>
    </message>
    <message>
        <source>Не относится к слайду: исправьте в файле</source>
        <translation>Not on a slide: fix it in the file</translation>
    </message>
    <message>
        <source>…и ещё {n}; все — в терминале: {command} check</source>
        <translation>…and {n} more; all of them in a terminal: {command} check</translation>
    </message>
    <message>
        <source>&amp;Показать слайд</source>
        <translation>&amp;Show Slide</translation>
    </message>
    <message>
        <source>&amp;Копировать список</source>
        <translation>&amp;Copy List</translation>
    </message>
</context>
<context>
    <name>ReaderWindow</name>
    <message>
        <source>{title} — Reportage</source>
        <translation>{title} — Reportage</translation>
    </message>
    <message>
        <source>Слайд</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>&amp;Недавние колоды</source>
        <translation>&amp;Recent Decks</translation>
    </message>
    <message>
        <source>Панель инструментов</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Панель инструментов</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>Замечаний: {n}</source>
        <translation>Issues: {n}</translation>
    </message>
    <message>
        <source>В колоде замечаний: {n}, из них ошибок: {e}. Список: Файл → Замечания к колоде; в терминале: {command} check</source>
        <translation>The deck has {n} issue(s), {e} of them error(s). The list: File → Deck Issues; in a terminal: {command} check</translation>
    </message>
    <message>
        <source>Перейти к слайду</source>
        <translation>Go to Slide</translation>
    </message>
    <message>
        <source>Номер слайда (1–{n}):</source>
        <translation>Slide number (1–{n}):</translation>
    </message>
    <message>
        <source> · шаг {s}/{t}</source>
        <translation> · step {s}/{t}</translation>
    </message>
    <message>
        <source>слайд {n}/{total}</source>
        <translation>slide {n}/{total}</translation>
    </message>
    <message>
        <source>запасной слайд</source>
        <translation>backup slide</translation>
    </message>
    <message>
        <source>Открыть колоду (папку с deck.toml)</source>
        <translation>Open a Deck (a Folder with deck.toml)</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>About Reportage</translation>
    </message>
    <message>
        <source>Reportage {version}

Репортаж как слайды: чтение и показ.
Шрифты Noto — SIL Open Font License 1.1.</source>
        <translation>Reportage {version}

A news report as slides, to read and to present.
Noto fonts — SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>В колоде нет слайдов для показа.</source>
        <translation>The deck has no slides to present.</translation>
    </message>
    <message>
        <source>Закладок слишком много: уберите лишние.</source>
        <translation>Too many bookmarks: remove some.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Полный текст слайда</source>
        <translation>The slide’s full text</translation>
    </message>
    <message>
        <source>Заметки докладчика</source>
        <translation>Speaker Notes</translation>
    </message>
    <message>
        <source>заметок нет</source>
        <translation>no notes</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>ru</source>
        <comment>the page&apos;s language code</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>Reportage — пульт</source>
        <translation>Reportage — remote</translation>
    </message>
    <message>
        <source>Пульт докладчика</source>
        <translation>Presenter remote</translation>
    </message>
    <message>
        <source>Введите код, который показан на пульте докладчика:</source>
        <translation>Enter the code shown on the presenter’s console:</translation>
    </message>
    <message>
        <source>Подключить</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Текущий слайд</source>
        <translation>Current slide</translation>
    </message>
    <message>
        <source>Заметки</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Дальше</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>ЧЁРНЫЙ ЭКРАН</source>
        <translation>BLACK SCREEN</translation>
    </message>
    <message>
        <source>БЕЛЫЙ ЭКРАН</source>
        <translation>WHITE SCREEN</translation>
    </message>
    <message>
        <source>ЗРИТЕЛИ: ЗАМОРОЖЕНО</source>
        <translation>AUDIENCE: FROZEN</translation>
    </message>
    <message>
        <source>Подключение…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Не удалось подключиться.</source>
        <translation>Could not connect.</translation>
    </message>
    <message>
        <source>Нет связи с компьютером докладчика.</source>
        <translation>No connection to the presenter’s computer.</translation>
    </message>
    <message>
        <source>шаг {step} из {steps}</source>
        <translation>step {step} of {steps}</translation>
    </message>
    <message>
        <source>Заметок к этому слайду нет.</source>
        <translation>No notes for this slide.</translation>
    </message>
    <message>
        <source>Подключение сброшено. Введите новый код с пульта.</source>
        <translation>The connection was reset. Enter the new code from the console.</translation>
    </message>
    <message>
        <source>нет связи</source>
        <translation>no connection</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Пульт на телефоне (F6)</source>
        <translation>Phone remote (F6)</translation>
    </message>
    <message>
        <source>QR-код адреса пульта</source>
        <translation>QR code of the remote’s address</translation>
    </message>
    <message>
        <source>Код подключения</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <source>Новый код (отключить телефоны)</source>
        <translation>New code (disconnect phones)</translation>
    </message>
    <message>
        <source>Слишком много неверных кодов: вход закрыт. Нажмите «Новый код».</source>
        <translation>Too many wrong codes: locked. Press “New code”.</translation>
    </message>
    <message>
        <source>Телефонов подключено: {n}</source>
        <translation>Phones connected: {n}</translation>
    </message>
    <message>
        <source>Откройте адрес на телефоне (та же сеть Wi-Fi) и введите код.</source>
        <translation>Open the address on a phone (same Wi-Fi network) and enter the code.</translation>
    </message>
</context>
<context>
    <name>RemoteServer</name>
    <message>
        <source>Пульт на телефоне не запущен: {address}:{port} — {reason}</source>
        <translation>The phone remote did not start: {address}:{port} — {reason}</translation>
    </message>
    <message>
        <source>Слишком много неверных кодов. Попросите докладчика создать новый код.</source>
        <translation>Too many wrong codes. Ask the presenter for a new code.</translation>
    </message>
    <message>
        <source>Неверный код.</source>
        <translation>Wrong code.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Поиск по тексту…</source>
        <translation>Find in text…</translation>
    </message>
    <message>
        <source>Поиск по тексту</source>
        <translation>Find in text</translation>
    </message>
    <message>
        <source>Итог поиска</source>
        <translation>Search summary</translation>
    </message>
    <message>
        <source>Найденные слайды</source>
        <translation>Slides found</translation>
    </message>
    <message>
        <source>Введите хотя бы два символа</source>
        <translation>Type at least two characters</translation>
    </message>
    <message>
        <source>Ничего не найдено</source>
        <translation>Nothing found</translation>
    </message>
    <message numerus="yes">
        <source>Найдено: {n} на %n слайдах</source>
        <translation>
            <numerusform>Found {n} on %n slide</numerusform>
            <numerusform>Found {n} on %n slides</numerusform>
        </translation>
    </message>
    <message>
        <source>на слайде</source>
        <translation>on the slide</translation>
    </message>
    <message>
        <source>в тексте</source>
        <translation>in the text</translation>
    </message>
    <message>
        <source>в заметках</source>
        <translation>in the notes</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>Колода исчезла с диска — показана последняя загруженная версия.</source>
        <translation>The deck is gone from the disk — showing the last version loaded.</translation>
    </message>
    <message>
        <source>Колода на диске сейчас не читается (см. {where}) — показана последняя загруженная версия.</source>
        <translation>The deck on disk cannot be read now (see {where}); showing the last version loaded.</translation>
    </message>
    <message>
        <source>Колода обновлена с диска.</source>
        <translation>Deck reloaded from disk.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>на слайде {time}</source>
        <translation>{time} on this slide</translation>
    </message>
    <message>
        <source>запасной</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>пауза</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>не запущен</source>
        <translation>not started</translation>
    </message>
    <message numerus="yes">
        <source>%n час</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n минута</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>осталось {span}</source>
        <comment>hours</comment>
        <translation>
            <numerusform>{span} left</numerusform>
            <numerusform>{span} left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>осталось {span}</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>{span} left</numerusform>
            <numerusform>{span} left</numerusform>
        </translation>
    </message>
    <message>
        <source>осталось меньше минуты</source>
        <translation>less than a minute left</translation>
    </message>
    <message>
        <source>время вышло</source>
        <translation>time is up</translation>
    </message>
    <message>
        <source>время вышло {over}</source>
        <translation>time is up {over}</translation>
    </message>
    <message>
        <source>шаг {step}/{count}</source>
        <translation>step {step}/{count}</translation>
    </message>
    <message>
        <source>опережение {time}</source>
        <translation>{time} ahead</translation>
    </message>
    <message>
        <source>отставание {time}</source>
        <translation>{time} behind</translation>
    </message>
    <message>
        <source>по графику</source>
        <translation>on schedule</translation>
    </message>
    <message>
        <source>Ошибка презентации ({where}): {why}</source>
        <translation>Presentation error ({where}): {why}</translation>
    </message>
    <message>
        <source>{path}: внутри папки презентации, туда не пишем</source>
        <translation>{path}: inside the presentation folder, which is never written to</translation>
    </message>
    <message>
        <source>Тайминги репетиции сохранены: {path}</source>
        <translation>Rehearsal timings saved: {path}</translation>
    </message>
    <message>
        <source>Не удалось сохранить тайминги репетиции: {why}</source>
        <translation>Could not save the rehearsal timings: {why}</translation>
    </message>
    <message>
        <source>{path}: файл таймингов повреждён или не читается ({why})</source>
        <translation>{path}: the timings file is damaged or unreadable ({why})</translation>
    </message>
    <message>
        <source>Репетиций ещё не было</source>
        <translation>No rehearsal yet</translation>
    </message>
    <message>
        <source>Репетиция от {date}</source>
        <translation>Rehearsal of {date}</translation>
    </message>
    <message>
        <source>неизвестный формат</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>нет названия или даты</source>
        <translation>no title or date</translation>
    </message>
    <message>
        <source>ожидался словарь секунд</source>
        <translation>expected a table of seconds</translation>
    </message>
    <message>
        <source>не число секунд: {value}</source>
        <translation>not a number of seconds: {value}</translation>
    </message>
    <message>
        <source>неверное число секунд: {value}</source>
        <translation>invalid number of seconds: {value}</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Цитата: «{text}»</source>
        <translation>Quote: “{text}”</translation>
    </message>
    <message>
        <source>Подпись: {text}</source>
        <translation>Caption: {text}</translation>
    </message>
    <message>
        <source>Слайд {n} из {total}</source>
        <translation>Slide {n} of {total}</translation>
    </message>
    <message>
        <source>Запасной слайд</source>
        <translation>Backup slide</translation>
    </message>
    <message>
        <source>шаг {s} из {t}</source>
        <translation>step {s} of {t}</translation>
    </message>
    <message>
        <source>Другие команды панели</source>
        <translation>More toolbar commands</translation>
    </message>
    <message>
        <source>Другие меню</source>
        <translation>More menus</translation>
    </message>
    <message>
        <source>Очистить поле</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>запасной: {title}</source>
        <translation>backup: {title}</translation>
    </message>
</context>
<context>
    <name>recent</name>
    <message>
        <source>&amp;Недавних колод нет</source>
        <translation>&amp;No recent decks</translation>
    </message>
</context>
</TS>
