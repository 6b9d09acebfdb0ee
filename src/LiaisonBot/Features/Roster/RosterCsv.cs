using CsvHelper;
using LiaisonBot.App;

namespace LiaisonBot.Features.Roster;

/// <summary>
/// Reads the committee from CSV (English or Chinese headers) and checks it whole: either a complete <see cref="Committee"/>
/// or every problem with its line number, never a partial roster.
/// </summary>
public static class RosterCsv
{
    private static readonly (string Column, string[] Headers, bool Required)[] Columns =
    [
        ("code", ["code", "编号"], true),
        ("name", ["name", "姓名"], true),
        ("group_code", ["group_code", "组编号"], true),
        ("group_name", ["group_name", "联络组"], true),
        ("group_kind", ["group_kind", "类别"], true),
        ("roles", ["roles", "角色"], true),
        ("email", ["email", "邮箱"], true),
        ("aad_object_id", ["aad_object_id", "entra_object_id"], false),
    ];

    public static RosterParse Parse(TextReader reader)
    {
        var errors = new List<RosterError>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => errors.Add(new RosterError((int)record.LineNumber, "Import.BadCsv")),
        };
        using var csv = CsvReader.Create(reader, options, true);
        if (csv.Headers is not { Count: > 0 } header)
        {
            return new RosterParse(null, [new RosterError(1, "Import.Empty")]);
        }

        var index = HeaderIndex(header);
        var missing = Columns.Where(c => c.Required && !index.ContainsKey(c.Column)).Select(c => c.Column).ToList();
        if (missing.Count > 0)
        {
            return new RosterParse(null, [new RosterError(1, "Import.BadHeader", string.Join(", ", missing))]);
        }

        var rows = new List<RosterRow>();
        while (csv.Read())
        {
            string Field(string column) =>
                index.TryGetValue(column, out var i) && i < csv.FieldCount ? csv.GetString(i).Trim() : "";

            rows.Add(new RosterRow((int)csv.LineNumber, Field("code"), Field("name"), Field("group_code"), Field("group_name"),
                Field("group_kind"), Field("roles"), Field("email"), Field("aad_object_id")));
        }

        return RosterValidator.Validate(rows, errors);
    }

    private static Dictionary<string, int> HeaderIndex(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var column = Columns.FirstOrDefault(c => c.Headers.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)));
            if (column.Column is not null)
            {
                index.TryAdd(column.Column, i);
            }
        }

        return index;
    }
}

public sealed record RosterRow(int Line, string Code, string Name, string GroupCode, string GroupName, string GroupKind,
    string Roles, string Email, string AadObjectId);

/// <summary>A problem in the file: a text key and its arguments, shown in the reader's language.</summary>
public sealed record RosterError(int Line, string Key, params object[] Args);

public sealed record RosterParse(Committee? Roster, IReadOnlyList<RosterError> Errors)
{
    public bool Succeeded => Roster is not null && Errors.Count == 0;
}
