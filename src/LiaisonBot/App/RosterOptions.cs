

namespace LiaisonBot.App;

public sealed class RosterOptions
{
    /// <summary>How stale another instance's import may look here; tests set zero.</summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromSeconds(5);
}
