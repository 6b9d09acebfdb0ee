using LiaisonBot.Hosting;

namespace LiaisonBot.Features.Meetings;

/// <summary>Configuration section <c>Meetings</c>.</summary>
public sealed class MeetingOptions : ICheckedOptions
{
    public const string Section = "Meetings";

    /// <summary>Sign-in opens this long before the start...</summary>
    public TimeSpan SignInOpensBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>...and closes this long after it (late arrivals still sign in).</summary>
    public TimeSpan SignInClosesAfter { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>How long one sign-in code is shown before the next replaces it.</summary>
    public TimeSpan CodeStep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wrong codes a member may type within <see cref="AttemptWindow"/> before sign-in refuses them for the rest of it.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    public TimeSpan AttemptWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long replies are gathered before the organiser's card is updated in place.</summary>
    public TimeSpan StatusDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A meeting still open this long after its end is closed by the bot, so its attendance is recorded.</summary>
    public TimeSpan CloseAfter { get; set; } = TimeSpan.FromHours(12);

    // A code shown for less than a few seconds cannot be read off the screen and typed; a meeting closed before its
    // sign-in window ends would turn away late arrivals the window lets in.
    public IEnumerable<string> Problems() => Setting.Problems(
        Setting.Between("Meetings:SignInOpensBefore", SignInOpensBefore, TimeSpan.Zero, TimeSpan.FromDays(1)),
        Setting.Between("Meetings:SignInClosesAfter", SignInClosesAfter, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)),
        Setting.Between("Meetings:CodeStep", CodeStep, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)),
        Setting.Between("Meetings:MaxCodeAttempts", MaxCodeAttempts, 1, 100),
        Setting.Between("Meetings:AttemptWindow", AttemptWindow, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)),
        Setting.Between("Meetings:StatusDelay", StatusDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1)),
        Setting.Between("Meetings:CloseAfter", CloseAfter, SignInClosesAfter, TimeSpan.FromDays(7)));
}
