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
</TS>
