using LiaisonBot.Hosting;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>Configuration section <c>MassSupervision</c>.</summary>
public sealed class MassOptions : ICheckedOptions
{
    public const string Section = "MassSupervision";

    /// <summary>k: a group's or a member's shares are shown only with at least this many ballots (survey practice: 5).</summary>
    public int MinBallots { get; set; } = 5;

    /// <summary>Refused codes one client address may try within <see cref="FailureWindow"/> before the page stops checking for it.</summary>
    public int MaxFailuresPerAddress { get; set; } = 10;

    /// <summary>Refused codes all clients together may try against one open campaign within <see cref="FailureWindow"/>.</summary>
    public int MaxFailuresPerCampaign { get; set; } = 500;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Ballot page posts (any outcome) one client address may make a minute: a ceiling for scripts, far above a person.</summary>
    public int PostsPerMinute { get; set; } = 60;

    /// <summary>How often each instance looks for campaigns past their end date (and closes left unfinished).</summary>
    public TimeSpan CloseCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an instance holds a close before another may take it over.</summary>
    public TimeSpan TallyLease { get; set; } = TimeSpan.FromMinutes(2);

    // With k = 1 a share would show one person's ballot; a lease shorter than a close lets two instances tally at once.
    public IEnumerable<string> Problems() => Setting.Problems(
        Setting.Between("MassSupervision:MinBallots", MinBallots, 2, 100),
        Setting.AtLeast("MassSupervision:MaxFailuresPerAddress", MaxFailuresPerAddress, 1),
        Setting.AtLeast("MassSupervision:MaxFailuresPerCampaign", MaxFailuresPerCampaign, 1),
        Setting.Between("MassSupervision:FailureWindow", FailureWindow, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)),
        Setting.AtLeast("MassSupervision:PostsPerMinute", PostsPerMinute, 1),
        Setting.Between("MassSupervision:CloseCheckInterval", CloseCheckInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1)),
        Setting.Between("MassSupervision:TallyLease", TallyLease, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1)));
}
