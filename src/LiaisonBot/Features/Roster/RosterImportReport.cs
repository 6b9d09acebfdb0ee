using LiaisonBot.Localization;

namespace LiaisonBot.Features.Roster;

/// <summary>What an import did, in the reader's language: the errors by line, or what changed.</summary>
public static class RosterImportReport
{
    public static IEnumerable<string> Lines(RosterImport result, Texts t)
    {
        if (!result.Succeeded)
        {
            yield return t.Plural("Import.Failed", result.Errors.Count);
            foreach (var error in result.Errors)
            {
                yield return t.Format("Import.Line", error.Line, t.Format(error.Key, error.Args));
            }

            yield break;
        }

        var roster = result.Roster;
        yield return result.Changed
            ? t.Format("Import.Done", roster.Members.Count, roster.Groups.Count, result.Added, result.Updated, result.Removed)
            : t.Format("Import.Unchanged", roster.Members.Count, roster.Groups.Count);
    }
}
