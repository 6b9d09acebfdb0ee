using System.Globalization;
using System.Text;
using LiaisonBot.Calendar;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>
/// The sign-in screen's HTML (pure: view → page). Everything is on the page as the server saw it, so it reads right before
/// the script runs; the script only refreshes the code, the countdown and the count, and reloads when the phase changes.
/// </summary>
public static class SignInPage
{
    public static string Render(Texts t, ScreenView view, string organiser, WorkCalendar calendar, ScreenLinks links)
    {
        var m = view.Meeting;
        var page = new StringBuilder(4096);
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{(t.IsChinese ? "zh-CN" : "en")}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <meta name="referrer" content="no-referrer">
            <title>{E(t.Format("Meeting.Screen.Title", m.Title))}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{E(links.Style)}">
            <script src="{E(links.Script)}" defer></script>
            </head>
            <body data-phase="{SignInScreen.State(view.Phase)}" data-poll="{E(links.Poll)}" data-step="{Seconds(view.Step.TotalSeconds)}"{SecondsLeft(view)}>
            <main>
            <header>
            <p class="organiser">{E(organiser)} · {E(t["Meeting.Screen.Heading"])}</p>
            <h1>{E(m.Title)}</h1>
            <p class="when">{E(When(m, t, calendar))}</p>
            </header>

            """);

        if (view.Code is { } code)
        {
            page.Append(CultureInfo.InvariantCulture, $"""
                <section class="code">
                <p class="digits" id="code" aria-live="polite"><span>{code[..3]}</span><span>{code[3..]}</span></p>
                <div class="bar"><div id="bar"></div></div>
                <p class="next">{Slot(t, "Meeting.Screen.NextCode", ("left", Seconds(Math.Ceiling(view.SecondsLeft ?? 0))))}</p>
                <p class="instruction">{E(t["Meeting.Screen.Instruction"])}</p>
                </section>
                <p class="warning" id="stale" hidden>{E(t["Meeting.Screen.Stale"])}</p>

                """);
        }
        else
        {
            page.Append(CultureInfo.InvariantCulture, $"""
                <section class="notice">
                <p>{Notice(t, view, calendar)}</p>
                {(view.Phase == SignInPhase.NotYet ? $"<p class=\"later\">{E(t["Meeting.Screen.AutoShow"])}</p>" : "")}
                </section>

                """);
        }

        if (view.Phase != SignInPhase.Cancelled)
        {
            page.Append(CultureInfo.InvariantCulture, $"""
                <p class="count">{Slot(t, "Meeting.Screen.SignedIn", ("signed", Number(view.SignedIn)), ("invited", Number(view.Invited)))}</p>

                """);
        }

        page.Append(CultureInfo.InvariantCulture, $"""
            </main>
            <nav class="language"><a href="{E(links.OtherLanguage)}" lang="{(t.IsChinese ? "en" : "zh-CN")}">{E(t["Meeting.Screen.OtherLanguage"])}</a></nav>
            </body>
            </html>

            """);
        return page.ToString();
    }

    /// <summary>Why there is no code, as HTML: a moment is kept on one line, so a phone does not split the date from its time.</summary>
    private static string Notice(Texts t, ScreenView view, WorkCalendar calendar) => view.Phase switch
    {
        SignInPhase.NotYet => Moment(t, "Meeting.Screen.NotYet", calendar.ShowMoment(view.Opens, t)),
        SignInPhase.Ended => Moment(t, "Meeting.Screen.Ended", calendar.ShowMoment(view.Closes, t)),
        SignInPhase.Cancelled => E(t["Meeting.Screen.Cancelled"]),
        _ => E(t["Meeting.Screen.Closed"]),
    };

    private static string Moment(Texts t, string key, string moment) =>
        string.Format(t.Culture, E(t[key]), $"<span class=\"moment\">{E(moment)}</span>");

    /// <summary>Start to end (the end's time only, on the same day), then the place.</summary>
    private static string When(MeetingEntity m, Texts t, WorkCalendar calendar)
    {
        var when = calendar.ShowMoment(m.StartsAt, t);
        if (m.EndsAt > m.StartsAt)
        {
            when += "–" + (calendar.ToDate(m.EndsAt) == calendar.ToDate(m.StartsAt)
                ? calendar.ToLocal(m.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture)
                : calendar.ShowMoment(m.EndsAt, t));
        }

        return m.Place.Length > 0 ? $"{when} · {m.Place}" : when;
    }

    /// <summary>A text whose numbers the script refreshes: each placeholder becomes an element with an id.</summary>
    private static string Slot(Texts t, string key, params (string Id, string Value)[] slots) =>
        string.Format(t.Culture, E(t[key]), [.. slots.Select(s => (object)$"<b id=\"{s.Id}\">{s.Value}</b>")]);

    private static string SecondsLeft(ScreenView view) =>
        view.SecondsLeft is { } left ? $" data-seconds-left=\"{Seconds(left)}\"" : "";

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes what HTML needs escaped and nothing more, so Chinese and punctuation stay as they are.</summary>
    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
