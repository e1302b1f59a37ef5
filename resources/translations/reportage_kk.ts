<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru_RU">
<context>
    <name></name>
    <message>
        <source>&amp;Открыть колоду…</source>
        <translation>Слайдтар жинағын &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Экспорт в PDF…</source>
        <translation>PDF-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Раздаточный PDF: слайды с заметками и текстом…</source>
        <translation>&amp;Таратпа PDF: жазбалары мен мәтіні бар слайдтар…</translation>
    </message>
    <message>
        <source>Экспорт &amp;слайдов в PNG…</source>
        <translation>С&amp;лайдтарды PNG-ге экспорттау…</translation>
    </message>
    <message>
        <source>Экспорт &amp;книги в EPUB…</source>
        <translation>&amp;Кітапты EPUB-ке экспорттау…</translation>
    </message>
    <message>
        <source>Экспорт в HTML: одна страница для &amp;чтения без сети…</source>
        <translation>HTML-ге экспорт: &amp;желісіз оқуға арналған бір бет…</translation>
    </message>
    <message>
        <source>&amp;Замечания к колоде…</source>
        <translation>Жинақ &amp;ескертулері…</translation>
    </message>
    <message>
        <source>&amp;Дальше</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Навигация</source>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <source>&amp;Назад</source>
        <translation>&amp;Алдыңғы</translation>
    </message>
    <message>
        <source>&amp;Следующий слайд, минуя шаги</source>
        <translation>Қадамдарды аттап, келесі &amp;слайд</translation>
    </message>
    <message>
        <source>Пр&amp;едыдущий слайд, минуя шаги</source>
        <translation>Қадамдарды аттап, алдыңғы с&amp;лайд</translation>
    </message>
    <message>
        <source>В на&amp;чало</source>
        <translation>&amp;Басына</translation>
    </message>
    <message>
        <source>В &amp;конец</source>
        <translation>С&amp;оңына</translation>
    </message>
    <message>
        <source>&amp;Перейти к слайду… (или набрать номер и Enter)</source>
        <translation>Слайдқа ө&amp;ту… (немесе нөмірін теріп, Enter)</translation>
    </message>
    <message>
        <source>&amp;Вернуться после перехода</source>
        <translation>Өтуге дейінгі о&amp;рынға қайту</translation>
    </message>
    <message>
        <source>Вперёд по &amp;истории переходов</source>
        <translation>Өту тар&amp;ихы бойынша алға</translation>
    </message>
    <message>
        <source>П&amp;оиск по тексту…</source>
        <translation>&amp;Мәтіннен іздеу…</translation>
    </message>
    <message>
        <source>С&amp;ледующее совпадение</source>
        <translation>К&amp;елесі сәйкестік</translation>
    </message>
    <message>
        <source>Пред&amp;ыдущее совпадение</source>
        <translation>Алд&amp;ыңғы сәйкестік</translation>
    </message>
    <message>
        <source>Глава &amp;1</source>
        <translation>&amp;1-тарау</translation>
    </message>
    <message>
        <source>Глава &amp;2</source>
        <translation>&amp;2-тарау</translation>
    </message>
    <message>
        <source>Глава &amp;3</source>
        <translation>&amp;3-тарау</translation>
    </message>
    <message>
        <source>&amp;Полный текст рядом со слайдом</source>
        <translation>&amp;Слайд жанында толық мәтін</translation>
    </message>
    <message>
        <source>&amp;Вид</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Оглавление</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <source>С&amp;ледующая тема</source>
        <translation>&amp;Келесі тақырып</translation>
    </message>
    <message>
        <source>&amp;Крупнее текст</source>
        <translation>Мәтінді ү&amp;лкейту</translation>
    </message>
    <message>
        <source>&amp;Мельче текст</source>
        <translation>Мәтінді кі&amp;шірейту</translation>
    </message>
    <message>
        <source>Обычный &amp;размер текста</source>
        <translation>Мәтіннің қалы&amp;пты өлшемі</translation>
    </message>
    <message>
        <source>Во весь &amp;экран</source>
        <translation>Толық &amp;экран</translation>
    </message>
    <message>
        <source>Выйти из полноэкранного режима</source>
        <translation>Толық экран режимінен шығу</translation>
    </message>
    <message>
        <source>&amp;Текст под слайдом</source>
        <translation>Мәтін слайдтың &amp;астында</translation>
    </message>
    <message>
        <source>&amp;Статья: весь репортаж одной страницей</source>
        <translation>Мақала: &amp;бүкіл репортаж бір бетте</translation>
    </message>
    <message>
        <source>&amp;Заметки докладчика в тексте</source>
        <translation>Мәтінде баяндамашы &amp;жазбалары</translation>
    </message>
    <message>
        <source>Сборки по &amp;шагам</source>
        <translation>Слайдтарды қа&amp;даммен ашу</translation>
    </message>
    <message>
        <source>&amp;Закладка на этом слайде</source>
        <translation>Осы слайдқа &amp;бетбелгі</translation>
    </message>
    <message>
        <source>&amp;Закладки</source>
        <translation>&amp;Бетбелгілер</translation>
    </message>
    <message>
        <source>Показ с &amp;начала (во время показа — продолжить)</source>
        <translation>&amp;Басынан көрсету (көрсету кезінде — жалғастыру)</translation>
    </message>
    <message>
        <source>Пульт на телефоне: QR-код и код подключения</source>
        <translation>Телефондағы пульт: QR-код және қосылу коды</translation>
    </message>
    <message>
        <source>Снять затемнение и оверлеи, затем приостановить показ (ещё раз Esc или F5 — продолжить)</source>
        <translation>Қараңғылау мен қабаттарды алу, содан соң көрсетуді кідірту (Esc немесе F5 тағы бір рет — жалғастыру)</translation>
    </message>
    <message>
        <source>Закончить показ (когда пульт спрашивает после Esc)</source>
        <translation>Көрсетуді аяқтау (Esc-тен кейін пульт сұрағанда)</translation>
    </message>
    <message>
        <source>Прокрутить заметки вниз</source>
        <translation>Жазбаларды төмен айналдыру</translation>
    </message>
    <message>
        <source>Прокрутить заметки вверх</source>
        <translation>Жазбаларды жоғары айналдыру</translation>
    </message>
    <message>
        <source>&amp;Показ</source>
        <translation>Көр&amp;сету</translation>
    </message>
    <message>
        <source>Показ с &amp;текущего слайда</source>
        <translation>&amp;Осы слайдтан көрсету</translation>
    </message>
    <message>
        <source>Показ в &amp;окне — для демонстрации экрана в звонке</source>
        <translation>&amp;Терезеде көрсету — қоңырауда экранды бөлісу үшін</translation>
    </message>
    <message>
        <source>&amp;Репетиция: записать время каждого слайда</source>
        <translation>&amp;Дайындық: әр слайдтың уақытын жазу</translation>
    </message>
    <message>
        <source>Чёрный экран</source>
        <translation>Қара экран</translation>
    </message>
    <message>
        <source>Белый экран</source>
        <translation>Ақ экран</translation>
    </message>
    <message>
        <source>Заморозить экран зрителей</source>
        <translation>Көрермендер экранын қатыру</translation>
    </message>
    <message>
        <source>Все слайды (только на пульте)</source>
        <translation>Барлық слайдтар (тек пультте)</translation>
    </message>
    <message>
        <source>Поменять экраны местами</source>
        <translation>Экрандардың орнын ауыстыру</translation>
    </message>
    <message>
        <source>Пульт докладчика (на одном экране)</source>
        <translation>Баяндамашы пульті (бір экранда)</translation>
    </message>
    <message>
        <source>Лазерная указка (мышью по слайду на пульте)</source>
        <translation>Лазерлік көрсеткіш (пульттегі слайд бойымен тінтуірмен)</translation>
    </message>
    <message>
        <source>Указка и перо</source>
        <translation>Көрсеткіш және қалам</translation>
    </message>
    <message>
        <source>Прожектор: затемнить всё, кроме круга у указки</source>
        <translation>Прожектор: көрсеткіш маңындағы шеңберден басқасының бәрін күңгірттеу</translation>
    </message>
    <message>
        <source>Увеличить область (выделить её мышью на пульте); ещё раз — весь слайд</source>
        <translation>Аймақты үлкейту (оны пультте тінтуірмен белгілеңіз); тағы бір рет — бүкіл слайд</translation>
    </message>
    <message>
        <source>Перо: рисовать на слайде</source>
        <translation>Қалам: слайдқа салу</translation>
    </message>
    <message>
        <source>Маркер: выделить строку</source>
        <translation>Маркер: жолды белгілеу</translation>
    </message>
    <message>
        <source>Стереть всё нарисованное на слайде</source>
        <translation>Слайдта салынғанның бәрін өшіру</translation>
    </message>
    <message>
        <source>Отменить последний штрих</source>
        <translation>Соңғы сызықты болдырмау</translation>
    </message>
    <message>
        <source>Сохранить слайды с пометками в PDF…</source>
        <translation>Белгілері бар слайдтарды PDF-ке сақтау…</translation>
    </message>
    <message>
        <source>Пауза таймера</source>
        <translation>Таймерді кідірту</translation>
    </message>
    <message>
        <source>Время</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Сбросить таймер</source>
        <translation>Таймерді нөлдеу</translation>
    </message>
    <message>
        <source>Вернуть сброшенный таймер</source>
        <translation>Нөлденген таймерді қайтару</translation>
    </message>
    <message>
        <source>Длительность выступления…</source>
        <translation>Баяндама ұзақтығы…</translation>
    </message>
    <message>
        <source>&amp;Клавиши</source>
        <translation>&amp;Пернелер</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation>&amp;Шығу</translation>
    </message>
</context>
<context>
    <name>AnnotatedSaver</name>
    <message>
        <source>На слайдах ещё ничего не нарисовано (D — перо).</source>
        <translation>Слайдтарда әлі ештеңе салынбаған (D — қалам).</translation>
    </message>
    <message>
        <source>Сохранить слайды с пометками</source>
        <translation>Белгілері бар слайдтарды сақтау</translation>
    </message>
    <message>
        <source>Папка колоды только читается. Выберите другую папку.</source>
        <translation>Жинақ қалтасы тек оқуға арналған. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Сохранено: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Сохранить слайды с пометками в PDF?</source>
        <translation>Белгілері бар слайдтарды PDF-ке сақтау керек пе?</translation>
    </message>
    <message>
        <source>Пометки</source>
        <translation>Белгілер</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Как в системе</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <source>&amp;Светлая</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Тёмная</source>
        <translation>Қа&amp;раңғы</translation>
    </message>
    <message>
        <source>Се&amp;пия</source>
        <translation>&amp;Сепия</translation>
    </message>
    <message>
        <source>&amp;Высокий контраст</source>
        <translation>Жоғары &amp;контраст</translation>
    </message>
    <message>
        <source>Т&amp;ема</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <source>&amp;Язык — Language</source>
        <translation>Т&amp;іл — Language</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Статья: весь репортаж</source>
        <translation>Мақала: бүкіл репортаж</translation>
    </message>
    <message>
        <source>Заметки докладчика</source>
        <translation>Баяндамашы жазбалары</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Reportage — зрители</source>
        <translation>Reportage — көрермендер</translation>
    </message>
    <message>
        <source>Слайд для зрителей</source>
        <translation>Көрермендерге арналған слайд</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Закладок &amp;пока нет</source>
        <translation>Әзірге бетбелгі &amp;жоқ</translation>
    </message>
</context>
<context>
    <name>ChapterTree</name>
    <message>
        <source>Оглавление</source>
        <translation>Мазмұны</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Reportage — пульт докладчика</source>
        <translation>Reportage — баяндамашы пульті</translation>
    </message>
    <message>
        <source>Текущий слайд</source>
        <translation>Ағымдағы слайд</translation>
    </message>
    <message>
        <source>Следующий шаг</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <source>Заметки докладчика</source>
        <translation>Баяндамашы жазбалары</translation>
    </message>
    <message>
        <source>Экран зрителей</source>
        <translation>Көрермендер экраны</translation>
    </message>
    <message>
        <source>Экраны</source>
        <translation>Экрандар</translation>
    </message>
    <message>
        <source>Поменять экраны (S)</source>
        <translation>Экрандардың орнын ауыстыру (S)</translation>
    </message>
    <message>
        <source>Показывать зрителям здесь</source>
        <translation>Көрермендерге осында көрсету</translation>
    </message>
    <message>
        <source>Дальше</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Экран зрителей:</source>
        <translation>Көрермендер экраны:</translation>
    </message>
    <message>
        <source>УКАЗКА</source>
        <translation>КӨРСЕТКІШ</translation>
    </message>
    <message>
        <source>ПРОЖЕКТОР</source>
        <translation>ПРОЖЕКТОР</translation>
    </message>
    <message>
        <source>ПЕРО</source>
        <translation>ҚАЛАМ</translation>
    </message>
    <message>
        <source>МАРКЕР</source>
        <translation>МАРКЕР</translation>
    </message>
    <message>
        <source>ВЫДЕЛИТЕ ОБЛАСТЬ</source>
        <translation>АЙМАҚТЫ БЕЛГІЛЕҢІЗ</translation>
    </message>
    <message>
        <source>УВЕЛИЧЕНО (Z — весь слайд)</source>
        <translation>ҮЛКЕЙТІЛДІ (Z — бүкіл слайд)</translation>
    </message>
    <message>
        <source>ЧЁРНЫЙ ЭКРАН</source>
        <translation>ҚАРА ЭКРАН</translation>
    </message>
    <message>
        <source>БЕЛЫЙ ЭКРАН</source>
        <translation>АҚ ЭКРАН</translation>
    </message>
    <message>
        <source>ЗРИТЕЛИ: ЗАМОРОЖЕНО</source>
        <translation>КӨРЕРМЕНДЕР: ҚАТЫРЫЛДЫ</translation>
    </message>
    <message>
        <source>РЕПЕТИЦИЯ</source>
        <translation>ДАЙЫНДЫҚ</translation>
    </message>
    <message>
        <source>ПОКАЗ ПО КРУГУ: ЖДЁТ МИНУТУ ТИШИНЫ</source>
        <translation>АЙНАЛМАЛЫ КӨРСЕТУ: БІР МИНУТ ТЫНЫШТЫҚ КҮТІЛУДЕ</translation>
    </message>
    <message>
        <source>ПОКАЗ ПО КРУГУ</source>
        <translation>АЙНАЛМАЛЫ КӨРСЕТУ</translation>
    </message>
    <message>
        <source>Показ приостановлен — зрители видят текущий слайд. Закончить показ? Enter — да; F5, Esc или «дальше» — продолжить.</source>
        <translation>Көрсету кідіртілді — көрермендер ағымдағы слайдты көріп тұр. Көрсетуді аяқтау керек пе? Enter — иә; F5, Esc немесе «келесі» — жалғастыру.</translation>
    </message>
    <message>
        <source>слайд</source>
        <translation>слайд</translation>
    </message>
    <message>
        <source>глава</source>
        <translation>тарау</translation>
    </message>
    <message>
        <source>{what} {now} (репетиция {last})</source>
        <translation>{what} {now} (дайындықта {last})</translation>
    </message>
</context>
<context>
    <name>DeckProblem</name>
    <message>
        <source>Колода не открылась — Reportage</source>
        <translation>Жинақ ашылмады — Reportage</translation>
    </message>
    <message>
        <source>Ошибки в колоде</source>
        <translation>Жинақтағы қателер</translation>
    </message>
    <message>
        <source>&amp;Недавние колоды (Enter — открыть):</source>
        <translation>&amp;Соңғы ашылған жинақтар (Enter — ашу):</translation>
    </message>
    <message>
        <source>Открыть &amp;снова</source>
        <translation>&amp;Қайта ашу</translation>
    </message>
    <message>
        <source>&amp;Открыть другую колоду…</source>
        <translation>&amp;Басқа жинақты ашу…</translation>
    </message>
    <message>
        <source>«{path}» — не колода: в папке нет файла {manifest}.</source>
        <translation>«{path}» — жинақ емес: қалтада {manifest} файлы жоқ.</translation>
    </message>
    <message>
        <source>В колоде «{path}» нет ни одного слайда.</source>
        <translation>«{path}» жинағында бірде-бір слайд жоқ.</translation>
    </message>
    <message>
        <source>Колоду «{path}» не удалось открыть: в ней нет слайдов, которые можно показать. Исправьте ошибки в текстовом редакторе и откройте её снова.</source>
        <translation>«{path}» жинағын ашу мүмкін болмады: онда көрсетуге болатын слайд жоқ. Қателерді мәтін редакторында түзетіп, оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>ошибка</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>предупреждение</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>Открыть колоду (папку с deck.toml)</source>
        <translation>Жинақты ашу (deck.toml бар қалта)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Папка для PNG</source>
        <translation>PNG файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>Сохранить PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <source>Сохранить EPUB</source>
        <translation>EPUB сақтау</translation>
    </message>
    <message>
        <source>Папка для страницы HTML</source>
        <translation>HTML беті үшін қалта</translation>
    </message>
    <message>
        <source>Экспорт…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Экспорт</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Сохранено: {n} — {where}</source>
        <translation>Сақталды: {n} — {where}</translation>
    </message>
</context>
<context>
    <name>KeyHelpDialog</name>
    <message>
        <source>Клавиши</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>KeyHelpTree</name>
    <message>
        <source>Действие</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>NumberBar</name>
    <message>
        <source> · запасной: –1</source>
        <translation> · қосалқы: –1</translation>
    </message>
    <message>
        <source> · запасные: –1…–{n}</source>
        <translation> · қосалқылар: –1…–{n}</translation>
    </message>
    <message>
        <source>Перейти к слайду:</source>
        <translation>Слайдқа өту:</translation>
    </message>
    <message>
        <source>нет такого слайда</source>
        <translation>мұндай слайд жоқ</translation>
    </message>
    <message>
        <source>Длительность выступления:</source>
        <translation>Баяндама ұзақтығы:</translation>
    </message>
    <message>
        <source>мин</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>от 1 до {n} минут</source>
        <translation>1-ден {n} минутқа дейін</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>Все слайды</source>
        <translation>Барлық слайдтар</translation>
    </message>
</context>
<context>
    <name>PresentationSession</name>
    <message>
        <source>Экрана «{asked}» нет — слайды показаны на экране {used}. Есть экраны: {names}. Выбрать другой — в списке «Экран зрителей» внизу.</source>
        <translation>«{asked}» экраны жоқ — слайдтар {used} экранында көрсетілді. Бар экрандар: {names}. Басқасын төмендегі «Көрермендер экраны» тізімінен таңдаңыз.</translation>
    </message>
    <message>
        <source>Пульт на телефоне не запущен: начните показ с ключом --remote.</source>
        <translation>Телефондағы пульт іске қосылмаған: көрсетуді --remote кілтімен бастаңыз.</translation>
    </message>
    <message>
        <source>Таймер сброшен — U вернёт прежнее время</source>
        <translation>Таймер нөлденді — U бұрынғы уақытты қайтарады</translation>
    </message>
    <message>
        <source>Время возвращено</source>
        <translation>Уақыт қайтарылды</translation>
    </message>
    <message>
        <source>Ошибка: {e}</source>
        <translation>Қате: {e}</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Замечания к колоде «{title}»</source>
        <translation>«{title}» жинағының ескертулері</translation>
    </message>
    <message>
        <source>Замечаний: {n}, из них ошибок: {e}. Enter или двойной щелчок показывает слайд. Исправьте файл в текстовом редакторе: колода обновится сама, когда он будет сохранён.</source>
        <translation>Ескертулер: {n}, оның ішінде қате: {e}. Enter немесе екі рет басу слайдты көрсетеді. Файлды мәтін редакторында түзетіңіз: ол сақталғанда жинақ өзі жаңарады.</translation>
    </message>
    <message>
        <source>Замечания к колоде</source>
        <translation>Жинақ ескертулері</translation>
    </message>
    <message>
        <source>Не относится к слайду: исправьте в файле</source>
        <translation>Слайдқа қатысы жоқ: файлда түзетіңіз</translation>
    </message>
    <message>
        <source>…и ещё {n}; все — в терминале: {command} check</source>
        <translation>…тағы {n}; барлығы — терминалда: {command} check</translation>
    </message>
    <message>
        <source>&amp;Показать слайд</source>
        <translation>Слайдты &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;Копировать список</source>
        <translation>Тізімді к&amp;өшіру</translation>
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
        <translation>Слайд</translation>
    </message>
    <message>
        <source>&amp;Недавние колоды</source>
        <translation>&amp;Соңғы ашылған жинақтар</translation>
    </message>
    <message>
        <source>Панель инструментов</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>&amp;Панель инструментов</source>
        <translation>&amp;Құралдар тақтасы</translation>
    </message>
    <message>
        <source>Замечаний: {n}</source>
        <translation>Ескертулер: {n}</translation>
    </message>
    <message>
        <source>В колоде замечаний: {n}, из них ошибок: {e}. Список: Файл → Замечания к колоде; в терминале: {command} check</source>
        <translation>Жинақта {n} ескерту бар, оның ішінде {e} қате. Тізім: Файл → Жинақ ескертулері; терминалда: {command} check</translation>
    </message>
    <message>
        <source>Перейти к слайду</source>
        <translation>Слайдқа өту</translation>
    </message>
    <message>
        <source>Номер слайда (1–{n}):</source>
        <translation>Слайд нөмірі (1–{n}):</translation>
    </message>
    <message>
        <source> · шаг {s}/{t}</source>
        <translation> · {s}/{t} қадам</translation>
    </message>
    <message>
        <source>слайд {n}/{total}</source>
        <translation>{n}/{total} слайд</translation>
    </message>
    <message>
        <source>запасной слайд</source>
        <translation>қосалқы слайд</translation>
    </message>
    <message>
        <source>Открыть колоду (папку с deck.toml)</source>
        <translation>Слайдтар жинағын ашу (deck.toml бар қалта)</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Reportage {version}

Репортаж как слайды: чтение и показ.
Шрифты Noto — SIL Open Font License 1.1.</source>
        <translation>Reportage {version}

Репортаж слайдтар түрінде: оқу және көрсету.
Noto қаріптері — SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>В колоде нет слайдов для показа.</source>
        <translation>Жинақта көрсетуге слайд жоқ.</translation>
    </message>
    <message>
        <source>Закладок слишком много: уберите лишние.</source>
        <translation>Бетбелгілер тым көп: артығын алып тастаңыз.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Полный текст слайда</source>
        <translation>Слайдтың толық мәтіні</translation>
    </message>
    <message>
        <source>Заметки докладчика</source>
        <translation>Баяндамашы жазбалары</translation>
    </message>
    <message>
        <source>заметок нет</source>
        <translation>жазба жоқ</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>ru</source>
        <comment>the page&apos;s language code</comment>
        <translation>kk</translation>
    </message>
    <message>
        <source>Reportage — пульт</source>
        <translation>Reportage — пульт</translation>
    </message>
    <message>
        <source>Пульт докладчика</source>
        <translation>Баяндамашы пульті</translation>
    </message>
    <message>
        <source>Введите код, который показан на пульте докладчика:</source>
        <translation>Баяндамашы пультінде көрсетілген кодты енгізіңіз:</translation>
    </message>
    <message>
        <source>Подключить</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Текущий слайд</source>
        <translation>Ағымдағы слайд</translation>
    </message>
    <message>
        <source>Заметки</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Дальше</source>
        <translation>Әрі қарай</translation>
    </message>
    <message>
        <source>ЧЁРНЫЙ ЭКРАН</source>
        <translation>ҚАРА ЭКРАН</translation>
    </message>
    <message>
        <source>БЕЛЫЙ ЭКРАН</source>
        <translation>АҚ ЭКРАН</translation>
    </message>
    <message>
        <source>ЗРИТЕЛИ: ЗАМОРОЖЕНО</source>
        <translation>КӨРЕРМЕНДЕР: ҚАТЫРЫЛДЫ</translation>
    </message>
    <message>
        <source>Подключение…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Не удалось подключиться.</source>
        <translation>Қосылу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Нет связи с компьютером докладчика.</source>
        <translation>Баяндамашының компьютерімен байланыс жоқ.</translation>
    </message>
    <message>
        <source>шаг {step} из {steps}</source>
        <translation>{steps} қадамның {step}-і</translation>
    </message>
    <message>
        <source>Заметок к этому слайду нет.</source>
        <translation>Бұл слайдқа жазба жоқ.</translation>
    </message>
    <message>
        <source>Подключение сброшено. Введите новый код с пульта.</source>
        <translation>Қосылым үзілді. Пульттен жаңа кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>нет связи</source>
        <translation>байланыс жоқ</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Пульт на телефоне (F6)</source>
        <translation>Телефондағы пульт (F6)</translation>
    </message>
    <message>
        <source>QR-код адреса пульта</source>
        <translation>Пульт мекенжайының QR-коды</translation>
    </message>
    <message>
        <source>Код подключения</source>
        <translation>Қосылу коды</translation>
    </message>
    <message>
        <source>Новый код (отключить телефоны)</source>
        <translation>Жаңа код (телефондарды ажырату)</translation>
    </message>
    <message>
        <source>Слишком много неверных кодов: вход закрыт. Нажмите «Новый код».</source>
        <translation>Қате кодтар тым көп: кіру жабық. «Жаңа код» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Телефонов подключено: {n}</source>
        <translation>Қосылған телефондар: {n}</translation>
    </message>
    <message>
        <source>Откройте адрес на телефоне (та же сеть Wi-Fi) и введите код.</source>
        <translation>Мекенжайды телефонда ашыңыз (сол Wi-Fi желісі) және кодты енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>RemoteServer</name>
    <message>
        <source>Пульт на телефоне не запущен: {address}:{port} — {reason}</source>
        <translation>Телефондағы пульт іске қосылмады: {address}:{port} — {reason}</translation>
    </message>
    <message>
        <source>Слишком много неверных кодов. Попросите докладчика создать новый код.</source>
        <translation>Қате кодтар тым көп. Баяндамашыдан жаңа код жасауын сұраңыз.</translation>
    </message>
    <message>
        <source>Неверный код.</source>
        <translation>Код қате.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Поиск по тексту…</source>
        <translation>Мәтіннен іздеу…</translation>
    </message>
    <message>
        <source>Поиск по тексту</source>
        <translation>Мәтіннен іздеу</translation>
    </message>
    <message>
        <source>Итог поиска</source>
        <translation>Іздеу нәтижесі</translation>
    </message>
    <message>
        <source>Найденные слайды</source>
        <translation>Табылған слайдтар</translation>
    </message>
    <message>
        <source>Введите хотя бы два символа</source>
        <translation>Кемінде екі таңба енгізіңіз</translation>
    </message>
    <message>
        <source>Ничего не найдено</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message numerus="yes">
        <source>Найдено: {n} на %n слайдах</source>
        <translation>
            <numerusform>Табылды: {n} (%n слайдта)</numerusform>
            <numerusform>Табылды: {n} (%n слайдта)</numerusform>
        </translation>
    </message>
    <message>
        <source>на слайде</source>
        <translation>слайдта</translation>
    </message>
    <message>
        <source>в тексте</source>
        <translation>мәтінде</translation>
    </message>
    <message>
        <source>в заметках</source>
        <translation>жазбаларда</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>Колода исчезла с диска — показана последняя загруженная версия.</source>
        <translation>Жинақ дисктен жоғалды — соңғы жүктелген нұсқасы көрсетілуде.</translation>
    </message>
    <message>
        <source>Колода на диске сейчас не читается (см. {where}) — показана последняя загруженная версия.</source>
        <translation>Дискідегі жинақ қазір оқылмайды ({where} қараңыз) — соңғы жүктелген нұсқасы көрсетілген.</translation>
    </message>
    <message>
        <source>Колода обновлена с диска.</source>
        <translation>Жинақ дисктен жаңартылды.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>на слайде {time}</source>
        <translation>слайдта {time}</translation>
    </message>
    <message>
        <source>запасной</source>
        <translation>қосалқы</translation>
    </message>
    <message>
        <source>пауза</source>
        <translation>кідіріс</translation>
    </message>
    <message>
        <source>не запущен</source>
        <translation>іске қосылмаған</translation>
    </message>
    <message numerus="yes">
        <source>%n час</source>
        <translation>
            <numerusform>%n сағат</numerusform>
            <numerusform>%n сағат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n минута</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>осталось {span}</source>
        <comment>hours</comment>
        <translation>
            <numerusform>{span} қалды</numerusform>
            <numerusform>{span} қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>осталось {span}</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>{span} қалды</numerusform>
            <numerusform>{span} қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>осталось меньше минуты</source>
        <translation>бір минуттан аз қалды</translation>
    </message>
    <message>
        <source>время вышло</source>
        <translation>уақыт бітті</translation>
    </message>
    <message>
        <source>время вышло {over}</source>
        <translation>уақыт бітті {over}</translation>
    </message>
    <message>
        <source>шаг {step}/{count}</source>
        <translation>{step}/{count} қадам</translation>
    </message>
    <message>
        <source>опережение {time}</source>
        <translation>кестеден {time} алда</translation>
    </message>
    <message>
        <source>отставание {time}</source>
        <translation>кестеден {time} артта</translation>
    </message>
    <message>
        <source>по графику</source>
        <translation>кесте бойынша</translation>
    </message>
    <message>
        <source>Ошибка презентации ({where}): {why}</source>
        <translation>Презентация қатесі ({where}): {why}</translation>
    </message>
    <message>
        <source>{path}: внутри папки презентации, туда не пишем</source>
        <translation>{path}: презентация қалтасының ішінде, оған жазбаймыз</translation>
    </message>
    <message>
        <source>Тайминги репетиции сохранены: {path}</source>
        <translation>Дайындық уақыттары сақталды: {path}</translation>
    </message>
    <message>
        <source>Не удалось сохранить тайминги репетиции: {why}</source>
        <translation>Дайындық уақыттарын сақтау мүмкін болмады: {why}</translation>
    </message>
    <message>
        <source>{path}: файл таймингов повреждён или не читается ({why})</source>
        <translation>{path}: уақыттар файлы бүлінген немесе оқылмайды ({why})</translation>
    </message>
    <message>
        <source>Репетиций ещё не было</source>
        <translation>Әлі дайындық болған жоқ</translation>
    </message>
    <message>
        <source>Репетиция от {date}</source>
        <translation>{date} дайындығы</translation>
    </message>
    <message>
        <source>неизвестный формат</source>
        <translation>белгісіз формат</translation>
    </message>
    <message>
        <source>нет названия или даты</source>
        <translation>атауы немесе күні жоқ</translation>
    </message>
    <message>
        <source>ожидался словарь секунд</source>
        <translation>секундтар сөздігі күтілген</translation>
    </message>
    <message>
        <source>не число секунд: {value}</source>
        <translation>секунд саны емес: {value}</translation>
    </message>
    <message>
        <source>неверное число секунд: {value}</source>
        <translation>секунд саны қате: {value}</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Цитата: «{text}»</source>
        <translation>Дәйексөз: «{text}»</translation>
    </message>
    <message>
        <source>Подпись: {text}</source>
        <translation>Жазу: {text}</translation>
    </message>
    <message>
        <source>Слайд {n} из {total}</source>
        <translation>Слайд {n} / {total}</translation>
    </message>
    <message>
        <source>Запасной слайд</source>
        <translation>Қосалқы слайд</translation>
    </message>
    <message>
        <source>шаг {s} из {t}</source>
        <translation>{s}/{t} қадам</translation>
    </message>
    <message>
        <source>Другие команды панели</source>
        <translation>Панельдің басқа командалары</translation>
    </message>
    <message>
        <source>Другие меню</source>
        <translation>Басқа мәзірлер</translation>
    </message>
    <message>
        <source>Очистить поле</source>
        <translation>Өрісті тазарту</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>запасной: {title}</source>
        <translation>қосалқы: {title}</translation>
    </message>
</context>
<context>
    <name>recent</name>
    <message>
        <source>&amp;Недавних колод нет</source>
        <translation>&amp;Соңғы ашылған жинақтар жоқ</translation>
    </message>
</context>
</TS>
