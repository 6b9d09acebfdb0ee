using LiaisonBot.Hosting;

namespace LiaisonBot.App;

/// <summary>Configuration section <c>Roster</c>.</summary>
public sealed class RosterOptions : ICheckedOptions
{
    public const string Section = "Roster";

    /// <summary>How stale another instance's import may look here; tests set zero.</summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<string> Problems() => Setting.Problems(
        Setting.Between("Roster:RecheckAfter", RecheckAfter, TimeSpan.Zero, TimeSpan.FromHours(1)));
}
