using LiaisonBot.App;

namespace LiaisonBot.Features.Roster;

/// <summary>Import = parse and check the whole file, then replace the roster in one step, or change nothing.</summary>
public sealed class RosterImporter(RosterStore store)
{
    public async Task<RosterImport> ImportAsync(TextReader csv, CancellationToken ct)
    {
        var parse = RosterCsv.Parse(csv);
        if (!parse.Succeeded)
        {
            return new RosterImport(parse.Errors, Committee.Empty, false, 0, 0, 0);
        }

        var roster = parse.Roster!;
        var before = await store.GetAsync(ct);
        var changed = await store.SaveAsync(roster, ct);
        var added = roster.Members.Count(m => before.ByCode(m.Code) is null);
        var updated = roster.Members.Count(m => before.ByCode(m.Code) is { } old && old != m);
        var removed = before.Members.Count(m => roster.ByCode(m.Code) is null);
        return new RosterImport([], roster, changed, added, updated, removed);
    }
}

public sealed record RosterImport(IReadOnlyList<RosterError> Errors, Committee Roster, bool Changed, int Added, int Updated, int Removed)
{
    public bool Succeeded => Errors.Count == 0;
}
