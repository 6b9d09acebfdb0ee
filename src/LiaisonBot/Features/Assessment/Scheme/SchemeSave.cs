using LiaisonBot.Features.Assessment.Process;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>What storing a scheme did to its year.</summary>
public enum SchemeSaved
{
    /// <summary>The year's first scheme: the year now stands at <see cref="AssessmentState.Scheme"/>.</summary>
    Added,

    /// <summary>The scheme of a year not yet opened was replaced.</summary>
    Replaced,

    /// <summary>The scheme of an open year was replaced: the year stays open and its figures must follow the new scheme.</summary>
    ReplacedOpen,

    /// <summary>The year already had exactly this scheme.</summary>
    Unchanged,

    /// <summary>The year is approved: its results are frozen, so its scheme is too. Nothing was stored.</summary>
    Approved,
}

/// <summary>Stores a scheme as its year's, through <see cref="AssessmentStore"/>: shared by the upload and <c>import-assessment-scheme</c>.</summary>
public static class SchemeSave
{
    public static async Task<SchemeSaved> SaveAsync(AssessmentStore store, AssessmentScheme scheme, string fileName, string by, DateTimeOffset at, CancellationToken ct)
    {
        var json = AssessmentJson.Write(scheme);
        var added = new AssessmentEntity
        {
            RowKey = AssessmentEntity.Row(scheme.Year),
            Scheme = json,
            SchemeFile = fileName,
            SchemeBy = by,
            SchemeAt = at,
        };
        if (await store.TryAddAsync(added, ct))
        {
            return SchemeSaved.Added;
        }

        var outcome = SchemeSaved.Unchanged;
        var stored = await store.ChangeAsync(scheme.Year, year =>
        {
            outcome = year.Status switch
            {
                AssessmentState.Approved => SchemeSaved.Approved,
                _ when year.Scheme == json => SchemeSaved.Unchanged,
                AssessmentState.Open => SchemeSaved.ReplacedOpen,
                _ => SchemeSaved.Replaced,
            };
            if (outcome is SchemeSaved.Approved or SchemeSaved.Unchanged)
            {
                return false;
            }

            // The state is left as it is: an open year stays open, with the leaders' entries kept.
            (year.Scheme, year.SchemeFile, year.SchemeBy, year.SchemeAt) = (json, fileName, by, at);
            return true;
        }, ct);

        // Years are never deleted, so a row that was there a moment ago still is; this only guards against a store emptied by hand.
        return stored is null ? throw new InvalidOperationException($"The assessment of {scheme.Year} vanished while its scheme was saved.") : outcome;
    }
}
