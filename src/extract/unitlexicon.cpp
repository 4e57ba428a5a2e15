#include "unitlexicon.h"

#include "lowerword.h"
#include "wordset.h"

#include <QHash>

#include <array>

namespace factbench {

namespace {

struct Entry
{
    const char *surface; // tokens separated by spaces, lower case unless case matters
    const char *unit;
    FigureKind kind;
    bool caseSensitive = false;
};

// Units written after a number. Matching is by tokens, so "km/h" is three tokens.
// Case-sensitive entries are the short symbols where case carries meaning (m vs M, W, C, G).
constexpr Entry AfterNumber[] = {
    {"%", "percentage", FigureKind::Percent},
    {"per cent", "percentage", FigureKind::Percent},
    {"percent", "percentage", FigureKind::Percent},
    {"pc", "percentage", FigureKind::Percent},
    {"pct", "percentage", FigureKind::Percent},
    {"percentage point", "percentage point", FigureKind::Percent},
    {"percentage points", "percentage point", FigureKind::Percent},
    {"basis point", "basis point", FigureKind::Percent},
    {"basis points", "basis point", FigureKind::Percent},
    {"bps", "basis point", FigureKind::Percent},
    // Money written after the number.
    {"dollars", "dollar", FigureKind::Money},
    {"dollar", "dollar", FigureKind::Money},
    {"usd", "dollar", FigureKind::Money},
    {"us dollars", "dollar", FigureKind::Money},
    {"australian dollars", "australian dollar", FigureKind::Money},
    {"aud", "australian dollar", FigureKind::Money},
    {"canadian dollars", "canadian dollar", FigureKind::Money},
    {"cad", "canadian dollar", FigureKind::Money},
    {"hong kong dollars", "hong kong dollar", FigureKind::Money},
    {"euros", "euro", FigureKind::Money},
    {"euro", "euro", FigureKind::Money},
    {"eur", "euro", FigureKind::Money},
    {"sterling", "pound sterling", FigureKind::Money},
    {"gbp", "pound sterling", FigureKind::Money},
    {"pence", "penny", FigureKind::Money},
    {"p", "penny", FigureKind::Money, true},
    {"cents", "cent", FigureKind::Money},
    {"cent", "cent", FigureKind::Money},
    {"yen", "japanese yen", FigureKind::Money},
    {"jpy", "japanese yen", FigureKind::Money},
    {"yuan", "chinese yuan", FigureKind::Money},
    {"renminbi", "chinese yuan", FigureKind::Money},
    {"cny", "chinese yuan", FigureKind::Money},
    {"rupees", "indian rupee", FigureKind::Money},
    {"inr", "indian rupee", FigureKind::Money},
    {"ringgit", "malaysian ringgit", FigureKind::Money},
    {"shekels", "shekel", FigureKind::Money},
    {"shekel", "shekel", FigureKind::Money},
    {"nis", "shekel", FigureKind::Money},
    {"hryvnias", "ukrainian hryvnia", FigureKind::Money},
    {"hryvnia", "ukrainian hryvnia", FigureKind::Money},
    {"roubles", "russian rouble", FigureKind::Money},
    {"rubles", "russian rouble", FigureKind::Money},
    {"francs", "swiss franc", FigureKind::Money},
    {"kronor", "swedish krona", FigureKind::Money},
    {"krone", "danish krone", FigureKind::Money},
    {"sen", "sen", FigureKind::Money},
    // Time.
    {"seconds", "second", FigureKind::Duration},
    {"second", "second", FigureKind::Duration},
    {"secs", "second", FigureKind::Duration},
    {"minutes", "minute", FigureKind::Duration},
    {"minute", "minute", FigureKind::Duration},
    {"mins", "minute", FigureKind::Duration},
    {"min", "minute", FigureKind::Duration},
    {"hours", "hour", FigureKind::Duration},
    {"hour", "hour", FigureKind::Duration},
    {"hrs", "hour", FigureKind::Duration},
    {"days", "day", FigureKind::Duration},
    {"day", "day", FigureKind::Duration},
    {"nights", "night", FigureKind::Duration},
    {"weeks", "week", FigureKind::Duration},
    {"week", "week", FigureKind::Duration},
    {"months", "month", FigureKind::Duration},
    {"month", "month", FigureKind::Duration},
    {"years", "year", FigureKind::Duration},
    {"year", "year", FigureKind::Duration},
    {"decades", "decade", FigureKind::Duration},
    {"decade", "decade", FigureKind::Duration},
    {"centuries", "century", FigureKind::Duration},
    {"century", "century", FigureKind::Duration},
    // Length, area, volume.
    {"km / h", "kilometre per hour", FigureKind::Measure},
    {"km / hr", "kilometre per hour", FigureKind::Measure},
    {"kph", "kilometre per hour", FigureKind::Measure},
    {"kmh", "kilometre per hour", FigureKind::Measure},
    {"kilometres per hour", "kilometre per hour", FigureKind::Measure},
    {"kilometers per hour", "kilometre per hour", FigureKind::Measure},
    {"mph", "mile per hour", FigureKind::Measure},
    {"miles per hour", "mile per hour", FigureKind::Measure},
    {"miles an hour", "mile per hour", FigureKind::Measure},
    {"mpg", "mile per gallon", FigureKind::Measure},
    {"miles per gallon", "mile per gallon", FigureKind::Measure},
    {"metres per second", "metre per second", FigureKind::Measure},
    {"meters per second", "metre per second", FigureKind::Measure},
    {"m / s", "metre per second", FigureKind::Measure},
    {"knots", "knot", FigureKind::Measure},
    {"km", "kilometre", FigureKind::Measure},
    {"m . p . h", "mile per hour", FigureKind::Measure},
    {"nanometers", "nanometre", FigureKind::Measure},
    {"nanometres", "nanometre", FigureKind::Measure},
    {"nanometer", "nanometre", FigureKind::Measure},
    {"new zealand dollars", "new zealand dollar", FigureKind::Money},
    {"singapore dollars", "singapore dollar", FigureKind::Money},
    {"kms", "kilometre", FigureKind::Measure},
    {"kilometres", "kilometre", FigureKind::Measure},
    {"kilometers", "kilometre", FigureKind::Measure},
    {"kilometre", "kilometre", FigureKind::Measure},
    {"kilometer", "kilometre", FigureKind::Measure},
    {"square kilometres", "square kilometre", FigureKind::Measure},
    {"square kilometers", "square kilometre", FigureKind::Measure},
    {"sq km", "square kilometre", FigureKind::Measure},
    {"km2", "square kilometre", FigureKind::Measure},
    {"miles", "mile", FigureKind::Measure},
    {"mile", "mile", FigureKind::Measure},
    {"square miles", "square mile", FigureKind::Measure},
    {"sq mi", "square mile", FigureKind::Measure},
    {"metres", "metre", FigureKind::Measure},
    {"meters", "metre", FigureKind::Measure},
    {"metre", "metre", FigureKind::Measure},
    {"meter", "metre", FigureKind::Measure},
    {"m", "metre", FigureKind::Measure, true},
    {"square metres", "square metre", FigureKind::Measure},
    {"square meters", "square metre", FigureKind::Measure},
    {"sq m", "square metre", FigureKind::Measure},
    {"sqm", "square metre", FigureKind::Measure},
    {"m2", "square metre", FigureKind::Measure},
    {"square feet", "square foot", FigureKind::Measure},
    {"square foot", "square foot", FigureKind::Measure},
    {"sq ft", "square foot", FigureKind::Measure},
    {"sqft", "square foot", FigureKind::Measure},
    {"hectares", "hectare", FigureKind::Measure},
    {"acres", "acre", FigureKind::Measure},
    {"cm", "centimetre", FigureKind::Measure},
    {"centimetres", "centimetre", FigureKind::Measure},
    {"centimeters", "centimetre", FigureKind::Measure},
    {"mm", "millimetre", FigureKind::Measure},
    {"millimetres", "millimetre", FigureKind::Measure},
    {"millimeters", "millimetre", FigureKind::Measure},
    {"millimeter", "millimetre", FigureKind::Measure},
    {"millimetre", "millimetre", FigureKind::Measure},
    {"μm", "micrometre", FigureKind::Measure},
    {"microns", "micrometre", FigureKind::Measure},
    {"feet", "foot", FigureKind::Measure},
    {"foot", "foot", FigureKind::Measure},
    {"ft", "foot", FigureKind::Measure},
    {"inches", "inch", FigureKind::Measure},
    {"inch", "inch", FigureKind::Measure},
    {"″", "inch", FigureKind::Measure},
    {"yards", "yard", FigureKind::Measure},
    {"yard", "yard", FigureKind::Measure},
    {"yds", "yard", FigureKind::Measure},
    {"litres", "litre", FigureKind::Measure},
    {"liters", "litre", FigureKind::Measure},
    {"litre", "litre", FigureKind::Measure},
    {"liter", "litre", FigureKind::Measure},
    {"l", "litre", FigureKind::Measure, true},
    {"ml", "millilitre", FigureKind::Measure},
    {"millilitres", "millilitre", FigureKind::Measure},
    {"gallons", "gallon", FigureKind::Measure},
    {"barrels per day", "barrel per day", FigureKind::Measure},
    {"barrels a day", "barrel per day", FigureKind::Measure},
    {"bpd", "barrel per day", FigureKind::Measure},
    {"barrels", "barrel", FigureKind::Measure},
    {"cubic metres", "cubic metre", FigureKind::Measure},
    {"cubic meters", "cubic metre", FigureKind::Measure},
    // Mass.
    {"kg", "kilogram", FigureKind::Measure},
    {"kgs", "kilogram", FigureKind::Measure},
    {"kilograms", "kilogram", FigureKind::Measure},
    {"kilogrammes", "kilogram", FigureKind::Measure},
    {"kilos", "kilogram", FigureKind::Measure},
    {"g", "gram", FigureKind::Measure, true},
    {"grams", "gram", FigureKind::Measure},
    {"mg", "milligram", FigureKind::Measure},
    {"milligrams", "milligram", FigureKind::Measure},
    {"tonnes", "tonne", FigureKind::Measure},
    {"tonne", "tonne", FigureKind::Measure},
    {"tons", "ton", FigureKind::Measure},
    {"ton", "ton", FigureKind::Measure},
    {"gigatonnes", "gigaton", FigureKind::Measure},
    {"gigatons", "gigaton", FigureKind::Measure},
    {"lb", "pound-mass", FigureKind::Measure},
    {"lbs", "pound-mass", FigureKind::Measure},
    {"ounces", "ounce", FigureKind::Measure},
    {"oz", "ounce", FigureKind::Measure},
    {"pound-feet", "pound-foot", FigureKind::Measure},
    {"lb-ft", "foot pound-force", FigureKind::Measure},
    // Temperature.
    {"°c", "celsius", FigureKind::Measure},
    {"° c", "celsius", FigureKind::Measure},
    {"degrees celsius", "celsius", FigureKind::Measure},
    {"degrees c", "celsius", FigureKind::Measure},
    {"degree c", "celsius", FigureKind::Measure},
    {"celsius", "celsius", FigureKind::Measure},
    {"C", "celsius", FigureKind::Measure, true},
    {"°f", "fahrenheit", FigureKind::Measure},
    {"° f", "fahrenheit", FigureKind::Measure},
    {"degrees fahrenheit", "fahrenheit", FigureKind::Measure},
    {"degrees f", "fahrenheit", FigureKind::Measure},
    {"fahrenheit", "fahrenheit", FigureKind::Measure},
    {"degf", "fahrenheit", FigureKind::Measure},
    {"degrees", "degree", FigureKind::Measure},
    {"degree", "degree", FigureKind::Measure},
    {"°", "degree", FigureKind::Measure},
    // Energy, power, data, frequency, speed of engines.
    {"kw", "kilowatt", FigureKind::Measure},
    {"kilowatts", "kilowatt", FigureKind::Measure},
    {"kwh", "kilowatt hour", FigureKind::Measure},
    {"mwh", "megawatt hour", FigureKind::Measure},
    {"gwh", "gigawatt hour", FigureKind::Measure},
    {"twh", "terawatt hour", FigureKind::Measure},
    {"mw", "megawatt", FigureKind::Measure},
    {"megawatts", "megawatt", FigureKind::Measure},
    {"megawatt", "megawatt", FigureKind::Measure},
    {"gw", "gigawatt", FigureKind::Measure},
    {"gigawatts", "gigawatt", FigureKind::Measure},
    {"W", "watt", FigureKind::Measure, true},
    {"watts", "watt", FigureKind::Measure},
    {"hp", "horsepower", FigureKind::Measure},
    {"horsepower", "horsepower", FigureKind::Measure},
    {"bhp", "brake horsepower", FigureKind::Measure},
    {"rpm", "revolutions per minute", FigureKind::Measure},
    {"mah", "milliampere-hour", FigureKind::Measure},
    {"volts", "volt", FigureKind::Measure},
    {"V", "volt", FigureKind::Measure, true},
    {"gb", "gigabyte", FigureKind::Measure},
    {"gigabytes", "gigabyte", FigureKind::Measure},
    {"tb", "terabyte", FigureKind::Measure},
    {"mb", "megabyte", FigureKind::Measure},
    {"mbps", "megabit per second", FigureKind::Measure},
    {"gbps", "gigabit per second", FigureKind::Measure},
    {"hz", "hertz", FigureKind::Measure},
    {"khz", "kilohertz", FigureKind::Measure},
    {"mhz", "megahertz", FigureKind::Measure},
    {"ghz", "gigahertz", FigureKind::Measure},
    {"gpa", "gigapascal", FigureKind::Measure},
    {"mpa", "megapascal", FigureKind::Measure},
    {"nm", "newton metre", FigureKind::Measure, true},
    {"Nm", "newton metre", FigureKind::Measure, true},
    {"PS", "horsepower", FigureKind::Measure, true},
    {"G", "generation wireless", FigureKind::Other, true},
    {"kv", "kilovolt", FigureKind::Measure},
    {"parts per million", "part per million", FigureKind::Measure},
    {"parts per billion", "part per billion", FigureKind::Measure},
    {"gigapascals", "gigapascal", FigureKind::Measure},
    {"ksi", "kilopound per square inch", FigureKind::Measure},
    {"ppm", "parts-per-million", FigureKind::Measure},
    {"ppb", "parts-per-billion", FigureKind::Measure},
    {"magnitude", "magnitude", FigureKind::Measure},
    {"points", "point", FigureKind::Count},
    {"point", "point", FigureKind::Count},
    {"pts", "point", FigureKind::Count},
    {"ppg", "point per game", FigureKind::Measure},
    {"rpg", "rebound per game", FigureKind::Measure},
    {"apg", "assist per game", FigureKind::Measure},
    {"times", "count", FigureKind::Other},
    {"fold", "count", FigureKind::Other},
};

struct CompiledEntry
{
    QStringList tokens;
    QString unit;
    FigureKind kind;
    bool caseSensitive;
};

/// Entries by their first token in lower case, longest first; `byView` looks them up without a
/// QString for the word asked about.
struct AfterNumberIndex
{
    QHash<QString, QList<CompiledEntry>> entries;
    QHash<QStringView, const QList<CompiledEntry> *> byView;
};

const AfterNumberIndex &afterNumberIndex()
{
    static const AfterNumberIndex index = [] {
        AfterNumberIndex built;
        for (const Entry &entry : AfterNumber) {
            CompiledEntry compiled;
            // "km / h" style surfaces name each token; "per cent" two words.
            compiled.tokens = QString::fromUtf8(entry.surface).split(QLatin1Char(' '));
            compiled.unit = QString::fromUtf8(entry.unit);
            compiled.kind = entry.kind;
            compiled.caseSensitive = entry.caseSensitive;
            built.entries[compiled.tokens.first().toLower()].append(compiled);
        }
        for (auto &list : built.entries) {
            std::stable_sort(list.begin(), list.end(),
                [](const auto &a, const auto &b) { return a.tokens.size() > b.tokens.size(); });
        }
        for (auto it = built.entries.cbegin(); it != built.entries.cend(); ++it) {
            built.byView.insert(QStringView(it.key()), &it.value());
        }
        return built;
    }();
    return index;
}

} // namespace

UnitMatch UnitLexicon::unitAt(const TokenView &tokens, qsizetype first)
{
    if (!tokens.valid(first)) {
        return {};
    }
    const auto &index = afterNumberIndex().byView;
    const auto found = index.constFind(LowerWord(tokens.text(first)).view());
    if (found == index.cend()) {
        return {};
    }
    for (const CompiledEntry &entry : **found) {
        bool all = true;
        for (qsizetype k = 0; k < entry.tokens.size() && all; ++k) {
            const qsizetype t = first + k;
            if (!tokens.valid(t)) {
                all = false;
                break;
            }
            // Inside a multi-token unit, symbols must touch their neighbours ("km/h").
            if (k > 0
                && (tokens.at(t).type == Token::Type::Symbol
                    || tokens.at(t - 1).type == Token::Type::Symbol)
                && !tokens.glued(t)) {
                all = false;
                break;
            }
            // Qt compares one code unit with one, in either case: lengths first.
            const QStringView text = tokens.text(t);
            all = text.size() == entry.tokens[k].size()
                && text.compare(entry.tokens[k],
                       entry.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive)
                    == 0;
        }
        if (!all) {
            continue;
        }
        const qsizetype last = first + entry.tokens.size() - 1;
        // A unit word must end where the word ends: "m" is not the start of "most".
        return {entry.unit, entry.kind, last};
    }
    return {};
}

UnitMatch UnitLexicon::currencyBefore(
    const TokenView &tokens, qsizetype last, qsizetype *firstToken)
{
    if (!tokens.valid(last)) {
        return {};
    }
    const QStringView symbol = tokens.text(last);
    auto result = [&](const char *unit, qsizetype first) {
        *firstToken = first;
        return UnitMatch {QString::fromUtf8(unit), FigureKind::Money, last};
    };
    if (symbol == u"$") {
        // Prefixes before the dollar sign name the country: US$, A$, HK$, C$, NZ$, S$ (also
        // with a space, as "US $4.46").
        if (tokens.isWord(last - 1) && tokens.text(last - 1).size() <= 2
            && tokens.text(last - 1).front().isUpper()
            && (tokens.glued(last)
                || tokens.text(last - 1).toString().toUpper() == tokens.text(last - 1))) {
            const QStringView prefix = tokens.text(last - 1);
            if (prefix == u"US") {
                return result("dollar", last - 1);
            }
            if (prefix == u"A" || prefix == u"AU") {
                return result("australian dollar", last - 1);
            }
            if (prefix == u"HK") {
                return result("hong kong dollar", last - 1);
            }
            if (prefix == u"C" || prefix == u"CA") {
                return result("canadian dollar", last - 1);
            }
            if (prefix == u"NZ") {
                return result("new zealand dollar", last - 1);
            }
            if (prefix == u"S") {
                return result("singapore dollar", last - 1);
            }
        }
        return result("dollar", last);
    }
    if (symbol == u"=" && tokens.is(last - 1, QLatin1StringView("Y")) && tokens.glued(last)) {
        return result("japanese yen", last - 1); // Reuters copy writes yen as "Y="
    }
    if (symbol == u"€") {
        return result("euro", last);
    }
    if (symbol == u"£") {
        return result("pound sterling", last);
    }
    if (symbol == u"¥") {
        return result("japanese yen", last);
    }
    if (symbol == u"₹") {
        return result("indian rupee", last);
    }
    if (symbol == u"₴") {
        return result("ukrainian hryvnia", last);
    }
    if (symbol == u"₽") {
        return result("russian rouble", last);
    }
    if (symbol == u"₪") {
        return result("shekel", last);
    }
    // "$US5", "$A82": the country written after the dollar sign.
    if (tokens.isWord(last) && tokens.isSymbol(last - 1, u'$') && tokens.glued(last)) {
        if (symbol == u"US") {
            return result("dollar", last - 1);
        }
        if (symbol == u"A" || symbol == u"AU") {
            return result("australian dollar", last - 1);
        }
        if (symbol == u"NZ") {
            return result("new zealand dollar", last - 1);
        }
        if (symbol == u"C") {
            return result("canadian dollar", last - 1);
        }
    }
    if (tokens.isWord(last)) {
        static const std::array<std::pair<const char16_t *, const char *>, 14> codes = {{
            {u"USD", "dollar"},
            {u"US", "dollar"},
            {u"EUR", "euro"},
            {u"GBP", "pound sterling"},
            {u"JPY", "japanese yen"},
            {u"CNY", "chinese yuan"},
            {u"RMB", "chinese yuan"},
            {u"AUD", "australian dollar"},
            {u"CAD", "canadian dollar"},
            {u"INR", "indian rupee"},
            {u"Rs", "indian rupee"},
            {u"RM", "malaysian ringgit"},
            {u"NIS", "shekel"},
            {u"UAH", "ukrainian hryvnia"},
        }};
        for (const auto &[code, unit] : codes) {
            if (symbol == QStringView(code)) {
                return result(unit, last);
            }
        }
    }
    return {};
}

UnitMatch UnitLexicon::rateAt(const TokenView &tokens, qsizetype first)
{
    // "kV/cm", "km/h" not already a unit: a unit over a unit.
    if (tokens.isSymbol(first, u'/') && tokens.glued(first) && tokens.glued(first + 1)) {
        const UnitMatch denominator = unitAt(tokens, first + 1);
        return denominator.matched() ? denominator : UnitMatch {};
    }
    // "a year earlier", "a week ago": a time reference, not a rate.
    static const WordSet references(u"earlier ago before later prior after");
    if (tokens.isWord(first + 2) && references.contains(LowerWord(tokens.text(first + 2)).view())) {
        return {};
    }
    const bool per = tokens.is(first, QLatin1StringView("per"));
    const bool article
        = tokens.is(first, QLatin1StringView("a")) || tokens.is(first, QLatin1StringView("an"));
    if ((!per && !article) || !tokens.isWord(first + 1)) {
        return {};
    }
    const UnitMatch unit = unitAt(tokens, first + 1);
    if (unit.matched()) {
        // "a year", "per square foot": the denominator is a unit; its singular name.
        return {unit.unit, unit.kind, unit.lastToken};
    }
    if (!per) {
        // "a share", "a barrel", "a head": only the nouns prices are quoted against.
        static const WordSet priced(u"share barrel ounce gallon head person tonne unit");
        const LowerWord word(tokens.text(first + 1));
        return priced.contains(word.view())
            ? UnitMatch {word.toString(), FigureKind::Other, first + 1}
            : UnitMatch {};
    }
    // "per share", "per capita", "per game": any noun.
    QString word = tokens.text(first + 1).toString().toLower();
    if (word.endsWith(u's') && word.size() > 3) {
        word.chop(1);
    }
    return {word, FigureKind::Other, first + 1};
}

double UnitLexicon::scaleOf(QStringView word, bool afterCurrency)
{
    const LowerWord lowerWord(word);
    const QStringView lower = lowerWord.view();
    if (lower == u"thousand" || lower == u"k" || lower == u"thousands") {
        return 1e3;
    }
    if (lower == u"million" || lower == u"mn" || lower == u"mln" || lower == u"millions"
        || lower == u"mil") {
        return 1e6;
    }
    if (lower == u"billion" || lower == u"bn" || lower == u"bln" || lower == u"billions") {
        return 1e9;
    }
    if (lower == u"trillion" || lower == u"tn" || lower == u"trn") {
        return 1e12;
    }
    if (lower == u"crore") {
        return 1e7;
    }
    if (lower == u"lakh") {
        return 1e5;
    }
    if (afterCurrency && (word == u"m" || word == u"M")) {
        return 1e6;
    }
    if (afterCurrency && (word == u"b" || word == u"B")) {
        return 1e9;
    }
    return 0;
}

} // namespace factbench
