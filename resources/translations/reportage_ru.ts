<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>Найдено: {n} на %n слайдах</source>
        <translation>
            <numerusform>Найдено: {n} на %n слайде</numerusform>
            <numerusform>Найдено: {n} на %n слайдах</numerusform>
            <numerusform>Найдено: {n} на %n слайдах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n час</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n минута</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>осталось {span}</source>
        <comment>hours</comment>
        <translation>
            <numerusform>остался {span}</numerusform>
            <numerusform>осталось {span}</numerusform>
            <numerusform>осталось {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>осталось {span}</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>осталась {span}</numerusform>
            <numerusform>осталось {span}</numerusform>
            <numerusform>осталось {span}</numerusform>
        </translation>
    </message>
</context>
</TS>
