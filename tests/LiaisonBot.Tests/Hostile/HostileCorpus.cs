using System.Text;
using System.Text.Json.Nodes;

namespace LiaisonBot.Tests.Hostile;

/// <summary>
/// What no honest client sends, drawn from a seeded generator so a failure replays: wrong JSON types, numbers past what
/// a double holds, dates at both ends of the calendar, lone surrogates, control characters, huge strings, injections.
/// </summary>
public static class HostileCorpus
{
    /// <summary>Stands for a lone surrogate: a serializer would repair one, so <see cref="Raw"/> puts it in the JSON text.</summary>
    public const string LoneSurrogate = "⟦lone⟧";

    public static readonly string[] Numbers =
        ["1e309", "-1e309", "NaN", "Infinity", "-Infinity", "99999999999999999999", "-2147483649", "2147483648", "0x10", "1,5", "٣", "25.000000000000001", " 7 ", "-0", "1e-400"];

    public static readonly string[] Dates =
        ["0001-01-01", "9999-12-31", "10000-01-01", "-0001-01-01", "0000-00-00", "2026-02-30", "2026-13-01", "2026-12-31T23:59:59+14:00", "1899-12-31", "3000-01-01", "20261201"];

    public static readonly string[] Texts =
        ["", " ", "\t\r\n", LoneSurrogate, $"a{LoneSurrogate}b", "😀\u0000\u0007\t\r\n", "M001,M002,M999;../../etc,'; DROP TABLE Reports;--", "<script>alert(1)</script>",
         "{0}{1}{{x}}", "\u202Eevil", "T01,T01,T99,,", "*", "../", "2026-T01/1", "2026-T99/999", "true", "false", "null"];

    /// <summary>The values every field of every form is tried with, one at a time; <see cref="Missing"/> removes the field.</summary>
    public static IEnumerable<JsonNode?> Pointed() =>
    [
        "1e309", "NaN", "99999999999999999999", JsonValue.Create(1e308), "0001-01-01", "9999-12-31", "10000-01-01",
        $"标题{LoneSurrogate}", "", null, Missing, new string('长', 12_000), new JsonObject { ["nested"] = new JsonArray(1, "two") }, "\u0000\u0007",
    ];

    /// <summary>Marks a field to remove rather than set.</summary>
    public static readonly JsonNode Missing = JsonValue.Create("⟦missing⟧")!;

    public static JsonNode? Value(Random random) => random.Next(11) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => new JsonObject { ["nested"] = new JsonArray(1, "two", null) },
        4 => new JsonArray("M001", "M002"),
        5 => JsonValue.Create(new string('长', random.Next(90, 60_000))),
        6 => JsonValue.Create(Numbers[random.Next(Numbers.Length)]),
        7 => JsonValue.Create(Dates[random.Next(Dates.Length)]),
        8 => JsonValue.Create(1e308 * (random.Next(2) == 0 ? 1 : -1)),
        9 => JsonValue.Create(Texts[random.Next(Texts.Length)]),
        _ => JsonValue.Create(Garbage(random, random.Next(0, 300))),
    };

    /// <summary>Random UTF-16 code units, control characters and lone surrogates included.</summary>
    public static string Garbage(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append((char)random.Next(0, 0xFFFF));
        }

        return sb.ToString();
    }

    /// <summary>The activity's JSON with each <see cref="LoneSurrogate"/> made a real one, as a broken client would send it.</summary>
    public static string Raw(string json) => json.Replace(LoneSurrogate, @"\ud800", StringComparison.Ordinal);
}
