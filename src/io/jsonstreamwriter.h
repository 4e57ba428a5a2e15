#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace factbench {

/// Writes indented JSON straight into bytes, keys in the order they are written. QJsonObject
/// sorts keys and builds a whole tree first; a project file wants a reading order ("format"
/// first, an article's text last) and has to be written fast (50,000 claims well under a second).
class JsonStreamWriter
{
public:
    JsonStreamWriter();

    /// Indented objects put each member on its own line; single-line ones keep the whole object
    /// (and anything inside it) on one line, as a table row that diffs as one line.
    enum class Layout { Indented, SingleLine };

    void beginObject(Layout layout = Layout::Indented);
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value inside an object.
    void key(const char *name);

    void value(const QString &text);
    void value(double number);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void value(const std::optional<double> &number);
    void nullValue();
    /// An array of strings, one per line.
    void value(const QStringList &texts);
    /// A short array of numbers on one line: "[12, 40]".
    void inlineArray(std::initializer_list<qint64> numbers);

    QByteArray take();

private:
    void beforeValue();
    void newline();
    /// `text` as a JSON string, quotes included.
    void appendEscaped(const QString &text);
    /// UTF-8 with JSON's escapes, no quotes.
    void appendEscapedUtf8(const QByteArray &utf8);

    QByteArray m_out;
    int m_depth = 0;
    /// Whether the current container already has an element (a comma is due).
    QList<bool> m_hasElement;
    /// Depth of the outermost single-line container, or 0.
    int m_singleLineDepth = 0;
    bool m_afterKey = false;
};

} // namespace factbench
