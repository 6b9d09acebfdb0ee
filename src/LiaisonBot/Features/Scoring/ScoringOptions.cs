namespace LiaisonBot.Features.Scoring;

/// <summary>Configuration section <c>Scoring</c>.</summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>Groups on one scoring card page: 4 groups of four inputs fit a phone screen and stay far under 28 KB.</summary>
    public int GroupsPerPage { get; set; } = 4;

    /// <summary>How often each instance looks for rounds past their closing date (and unfinished closes).</summary>
    public TimeSpan CloseCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an instance holds a close before another may take it over (it takes a second or two).</summary>
    public TimeSpan TallyLease { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<string> Problems()
    {
        if (GroupsPerPage is < 1 or > 8)
        {
            yield return "Scoring:GroupsPerPage must be 1–8 (a page's save is one storage transaction, and the card must stay under 28 KB).";
        }

        if (CloseCheckInterval <= TimeSpan.Zero || TallyLease < TimeSpan.FromSeconds(10))
        {
            yield return "Scoring:CloseCheckInterval must be positive and Scoring:TallyLease at least 10 seconds.";
        }
    }
}
