// Translations: refusal texts in both languages, choosing a language, the .ts files themselves,
// plural forms, and a guard that every user-visible text in the sources is translated.
#include "domain/refusal.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QResource>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

#ifndef LUPDATE_BINARY
#error "tests/CMakeLists.txt passes LUPDATE_BINARY (the path of Qt's lupdate) to tst_translations"
#endif
#ifndef LRELEASE_BINARY
#error "tests/CMakeLists.txt passes LRELEASE_BINARY (the path of Qt's lrelease) to tst_translations"
#endif
#ifndef RCC_BINARY
#error "tests/CMakeLists.txt passes RCC_BINARY (the path of Qt's rcc) to tst_translations"
#endif

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per numerusform

    QString key() const { return context + u" | "_s + source + (comment.isEmpty() ? QString() : u" | "_s + comment); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString sourceRoot()
{
    return QDir::cleanPath(QString::fromUtf8(QT_TESTCASE_SOURCEDIR) + u"/.."_s);
}

QString tsPath(const QString &language)
{
    return sourceRoot() + u"/translations/queuebot_"_s + language + u".ts"_s;
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS"_s) {
        ts.error = path + u" is not a Qt Linguist .ts file"_s;
        return ts;
    }
    ts.language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context"_s) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"message"_s)
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = path + u":"_s + QString::number(xml.lineNumber()) + u": "_s + xml.errorString();
    return ts;
}

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; });
}

// %1..%99 placeholders, so a translation cannot silently drop or invent an argument.
QSet<QString> argPlaceholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?\\d{1,2}"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

QString withCount(QString form, int n)
{
    return form.replace(u"%Ln"_s, QString::number(n)).replace(u"%n"_s, QString::number(n));
}

struct RunResult
{
    bool ok = false;
    QString output;
};

RunResult run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    RunResult result;
    if (!process.waitForStarted(10000)) {
        result.output = program + u" did not start: "_s + process.errorString();
        return result;
    }
    const bool finished = process.waitForFinished(60000);
    result.output = QString::fromUtf8(process.readAll());
    result.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!finished)
        result.output.prepend(program + u" timed out\n"_s);
    return result;
}

QList<Refusal> allRefusals()
{
    QList<Refusal> refusals;
    for (int i = static_cast<int>(Refusal::QueueNotFound); i <= static_cast<int>(kLastRefusal); ++i)
        refusals.append(static_cast<Refusal>(i));
    return refusals;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    // Holds a catalogue registered as a resource: the cached translator reads it until the end.
    QTemporaryDir m_catalogueDir;

private slots:
    void refusalCodesAreUniqueSnakeCase()
    {
        static const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        QSet<QString> seen;
        for (Refusal refusal : allRefusals()) {
            const QString code = refusalCode(refusal);
            const QString where = u"Refusal #"_s + QString::number(static_cast<int>(refusal)) + u" ("_s + code + u')';
            QVERIFY2(!code.isEmpty(), qPrintable(where + u" has no code"_s));
            QVERIFY2(snakeCase.match(code).hasMatch(), qPrintable(where + u" is not snake_case"_s));
            QVERIFY2(!seen.contains(code), qPrintable(where + u" reuses a code"_s));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), qsizetype(static_cast<int>(kLastRefusal) + 1));
    }

    void refusalTexts_data()
    {
        QTest::addColumn<int>("refusal");
        for (Refusal refusal : allRefusals())
            QTest::addRow("%s", qPrintable(refusalCode(refusal))) << static_cast<int>(refusal);
    }

    void refusalTexts()
    {
        QFETCH(int, refusal);
        const char *source = refusalSourceText(static_cast<Refusal>(refusal));
        QVERIFY(source && *source);
        const QString english = QString::fromUtf8(source);

        const QString russian = Translations::text(u"ru"_s, "Refusal", source);
        QVERIFY2(!russian.isEmpty(), source);
        QVERIFY2(russian != english, qPrintable(u"not translated into Russian: "_s + english));
        QVERIFY2(hasCyrillic(russian), qPrintable(u"no Cyrillic in: "_s + russian));

        QCOMPARE(Translations::text(u"en"_s, "Refusal", source), english);
    }

    void languageFor_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ru-RU") << u"ru-RU"_s << u"ru"_s;
        QTest::newRow("ru") << u"ru"_s << u"ru"_s;
        QTest::newRow("RU upper case") << u"RU"_s << u"ru"_s;
        QTest::newRow("uk") << u"uk"_s << u"ru"_s;
        QTest::newRow("be") << u"be"_s << u"ru"_s;
        QTest::newRow("kk-KZ") << u"kk-KZ"_s << u"ru"_s;
        QTest::newRow("en-GB") << u"en-GB"_s << u"en"_s;
        QTest::newRow("en") << u"en"_s << u"en"_s;
        QTest::newRow("de") << u"de"_s << u"en"_s;
        QTest::newRow("empty") << QString() << u"en"_s;
    }

    void languageFor()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(Translations::languageFor(code), expected);
        QVERIFY(Translations::languages().contains(expected));
    }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("ru") << u"ru"_s << 3;
        QTest::newRow("en") << u"en"_s << 2;
    }

    void tsFileIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(language), qPrintable(u"language=\""_s + ts.language + u'"'));
        QVERIFY(!ts.messages.isEmpty());

        QFile raw(tsPath(language));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray content = raw.readAll();
        QVERIFY2(!content.contains("type=\"unfinished\""), "untranslated entries: see translations/CMakeLists.txt");
        QVERIFY2(!content.contains("<location"), "line numbers in the .ts: lupdate must run with -locations none");

        QSet<QString> keys;
        for (const TsMessage &message : ts.messages) {
            const QString key = message.key();
            QVERIFY2(!keys.contains(key), qPrintable(u"duplicate: "_s + key));
            keys.insert(key);
            QVERIFY2(message.type.isEmpty(), qPrintable(message.type + u": "_s + key));
            QVERIFY2(message.translations.size() == (message.numerus ? pluralForms : 1),
                     qPrintable(u"wrong number of translations/plural forms: "_s + key));
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(u"empty translation: "_s + key));
                QVERIFY2(argPlaceholders(translation) == argPlaceholders(message.source),
                         qPrintable(u"placeholders differ: "_s + key + u" -> "_s + translation));
                if (message.source.contains(u"%n"_s) || message.source.contains(u"%Ln"_s)) {
                    QVERIFY2(translation.contains(u"%n"_s) || translation.contains(u"%Ln"_s),
                             qPrintable(u"the count is lost: "_s + key + u" -> "_s + translation));
                }
            }
            if (language == u"en"_s && !message.numerus)
                QVERIFY2(message.translations.constFirst() == message.source, qPrintable(u"English differs from the source: "_s + key));
        }
    }

    void tsFilesHaveTheSameTexts()
    {
        const TsFile ru = readTs(tsPath(u"ru"_s));
        const TsFile en = readTs(tsPath(u"en"_s));
        QVERIFY2(ru.error.isEmpty(), qPrintable(ru.error));
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        QSet<QString> ruKeys, enKeys;
        for (const TsMessage &message : ru.messages)
            ruKeys.insert(message.key());
        for (const TsMessage &message : en.messages)
            enKeys.insert(message.key());
        const QStringList onlyRu = QSet<QString>(ruKeys).subtract(enKeys).values();
        const QStringList onlyEn = QSet<QString>(enKeys).subtract(ruKeys).values();
        QVERIFY2(onlyRu.isEmpty(), qPrintable(u"only in queuebot_ru.ts: "_s + onlyRu.join(u"; "_s)));
        QVERIFY2(onlyEn.isEmpty(), qPrintable(u"only in queuebot_en.ts: "_s + onlyEn.join(u"; "_s)));
    }

    // The .qm files compiled into the binary answer with what the .ts files say.
    void compiledCatalogueMatchesTs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QList<int>>("countPerForm"); // an n that selects each plural form in turn
        QTest::newRow("ru") << u"ru"_s << QList<int>{1, 3, 5};
        QTest::newRow("en") << u"en"_s << QList<int>{1, 5};
    }

    void compiledCatalogueMatchesTs()
    {
        QFETCH(QString, language);
        QFETCH(QList<int>, countPerForm);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage &message : ts.messages) {
            if (!message.comment.isEmpty() || message.translations.isEmpty())
                continue; // Translations::text() has no disambiguation; tsFileIsComplete reports the rest
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            if (!message.numerus) {
                QCOMPARE(Translations::text(language, context.constData(), source.constData()), message.translations.constFirst());
                continue;
            }
            for (qsizetype form = 0; form < message.translations.size() && form < countPerForm.size(); ++form) {
                const int n = countPerForm.at(form);
                QCOMPARE(Translations::text(language, context.constData(), source.constData(), n),
                         withCount(message.translations.at(form), n));
            }
        }
    }

    // Plural forms come from the catalogue with the count filled in; without a catalogue the source is used.
    void pluralCountIsSubstituted()
    {
        QTemporaryDir &dir = m_catalogueDir;
        QVERIFY(dir.isValid());
        QFile ts(dir.filePath(u"queuebot_zz.ts"_s));
        QVERIFY(ts.open(QIODevice::WriteOnly));
        ts.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>TstTranslations</name>
    <message numerus="yes">
        <source>%n booking(s) today</source>
        <translation>
            <numerusform>%n запись сегодня</numerusform>
            <numerusform>%n записи сегодня</numerusform>
            <numerusform>%n записей сегодня</numerusform>
        </translation>
    </message>
</context>
</TS>
)");
        ts.close();
        const RunResult lrelease = run(QString::fromUtf8(LRELEASE_BINARY),
                                       {ts.fileName(), u"-qm"_s, dir.filePath(u"queuebot_zz.qm"_s)});
        QVERIFY2(lrelease.ok, qPrintable(lrelease.output));

        QFile qrc(dir.filePath(u"zz.qrc"_s));
        QVERIFY(qrc.open(QIODevice::WriteOnly));
        qrc.write(R"(<RCC><qresource prefix="/i18n"><file>queuebot_zz.qm</file></qresource></RCC>)");
        qrc.close();
        const QString rccFile = dir.filePath(u"zz.rcc"_s);
        const RunResult rcc = run(QString::fromUtf8(RCC_BINARY), {u"-binary"_s, qrc.fileName(), u"-o"_s, rccFile});
        QVERIFY2(rcc.ok, qPrintable(rcc.output));
        QVERIFY(QResource::registerResource(rccFile));

        const char *source = "%n booking(s) today";
        QCOMPARE(Translations::text(u"zz"_s, "TstTranslations", source, 1), u"1 запись сегодня"_s);
        QCOMPARE(Translations::text(u"zz"_s, "TstTranslations", source, 3), u"3 записи сегодня"_s);
        QCOMPARE(Translations::text(u"zz"_s, "TstTranslations", source, 11), u"11 записей сегодня"_s);
        QCOMPARE(Translations::text(u"zz"_s, "TstTranslations", source, 21), u"21 запись сегодня"_s);
        QCOMPARE(Translations::text(u"zz"_s, "TstTranslations", source, 0), u"0 записей сегодня"_s);
        // No catalogue for "xx": the English source, with the count.
        QCOMPARE(Translations::text(u"xx"_s, "TstTranslations", source, 4), u"4 booking(s) today"_s);
    }

    // A developer who adds or changes tr()/QT_TRANSLATE_NOOP text without refreshing and translating
    // the .ts files gets a failure here: lupdate over the sources must find nothing new and nothing gone.
    void everySourceTextIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &language : Translations::languages()) {
            const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
            QVERIFY2(QFile::copy(tsPath(language), copy), qPrintable(tsPath(language)));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies.append(copy);
        }
        const QString root = sourceRoot();
        // Same sources and options as qt_add_lupdate in translations/CMakeLists.txt, but obsolete
        // entries are kept (marked vanished) so that stale texts are reported too.
        QStringList args{u"-extensions"_s, u"cpp,h"_s, u"-locations"_s, u"none"_s, u"-no-ui-lines"_s,
                         root + u"/service"_s, root + u"/console"_s, root + u"/shared"_s, u"-ts"_s};
        args += copies;
        const RunResult lupdate = run(QString::fromUtf8(LUPDATE_BINARY), args);
        QVERIFY2(lupdate.ok, qPrintable(lupdate.output));

        for (const QString &copy : copies) {
            const TsFile ts = readTs(copy);
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QStringList untranslated, stale;
            for (const TsMessage &message : ts.messages) {
                if (message.type == u"unfinished"_s)
                    untranslated.append(message.key());
                else if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
                    stale.append(message.key());
            }
            const QString name = QFileInfo(copy).fileName();
            QVERIFY2(untranslated.isEmpty(),
                     qPrintable(u"texts in the sources without a translation in "_s + name
                                + u" (run the update_translations target and translate them): "_s
                                + untranslated.join(u"; "_s)));
            QVERIFY2(stale.isEmpty(),
                     qPrintable(u"texts in "_s + name + u" that are no longer in the sources"_s
                                + u" (run the update_translations target): "_s + stale.join(u"; "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
