using System.Diagnostics;
using System.Net;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Features.MassSupervision;

namespace LiaisonBot.Bench;

public enum PostKind
{
    /// <summary>The first post planned for a code.</summary>
    First,

    /// <summary>The same code again, sent once its first post was answered: the code is used.</summary>
    Replay,

    /// <summary>The same code from a second phone at the same moment as its first post.</summary>
    Race,
}

public enum PostVerdict
{
    Accepted,
    Refused,
    Failed,
}

public sealed record PostOutcome(BallotPost Post, PostVerdict Verdict, double Ms);

/// <summary>One phone's ballot for one slip's code; its suggestion is a number of its own, so the stored ballots can be matched to the posts.</summary>
public sealed class BallotPost(int number, string code, string group, PostKind kind)
{
    public int Number => number;
    public string Code => code;
    public string Group => group;
    public PostKind Kind => kind;
    public string Suggestion => $"bench ballot {number:000000}";

    /// <summary>Set once this post was answered, whatever the answer.</summary>
    public TaskCompletionSource Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A replay's first post: the replay waits for its answer.</summary>
    public BallotPost? After { get; init; }

    /// <summary>A race's two posts leave together, once both phones have their page.</summary>
    public Together? Race { get; init; }

    /// <summary>
    /// The posts in the order phones take them: a post per code, and <paramref name="extras"/> more, half of them racing
    /// a code's first post (right behind it in the queue, so another phone holds it at the same time), half replaying a
    /// code later. With fewer than two phones nothing can race, so every extra is a replay.
    /// </summary>
    public static List<BallotPost> Plan(IReadOnlyList<(string Code, string Group)> codes, int extras, int phones, Random random)
    {
        var picked = Enumerable.Range(0, codes.Count).OrderBy(_ => random.Next()).Take(extras).ToList();
        var races = phones < 2 ? [] : picked.Take(extras / 2).ToHashSet();
        var replays = picked.Where(i => !races.Contains(i)).ToHashSet();
        var placed = new List<(double Place, BallotPost Post)>();
        var number = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            var (code, group) = codes[i];
            var together = races.Contains(i) ? new Together(2) : null;
            var first = new BallotPost(number++, code, group, PostKind.First) { Race = together };
            placed.Add((i, first));
            if (together is not null)
            {
                placed.Add((i + 0.5, new BallotPost(number++, code, group, PostKind.Race) { Race = together }));
            }

            if (replays.Contains(i))
            {
                placed.Add((i + 1 + random.NextDouble() * (codes.Count - i), new BallotPost(number++, code, group, PostKind.Replay) { After = first }));
            }
        }

        return placed.OrderBy(p => p.Place).Select(p => p.Post).ToList();
    }

    /// <summary>
    /// As a phone does it: a fresh browser (its own cookie jar and connection) opens the page, takes the antiforgery
    /// token and cookie, and posts the code with its answers. Only the post is timed.
    /// </summary>
    public async Task<PostOutcome> SendAsync(Uri bot)
    {
        try
        {
            using var phone = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = bot };
            var token = await MassTesting.TokenAsync(phone, "");
            // Bounded, so a partner whose page never came cannot hold this phone for ever.
            await (Race?.ArriveAsync() ?? Task.CompletedTask).WaitAsync(TimeSpan.FromMinutes(1));
            await (After?.Answered.Task ?? Task.CompletedTask);
            var clock = Stopwatch.StartNew();
            using var response = await MassTesting.CastAsync(phone, code, MassTesting.Answers(group, "SMNU"[number & 3].ToString()), Suggestion, token);
            var page = await response.Content.ReadAsStringAsync();
            var ms = clock.Elapsed.TotalMilliseconds;
            var verdict = response.StatusCode != HttpStatusCode.OK ? PostVerdict.Failed
                : page.Contains(Texts.Chinese["Mass.Page.ThanksTitle"], StringComparison.Ordinal) ? PostVerdict.Accepted
                : page.Contains(Texts.Chinese["Mass.Page.Refused.Used"], StringComparison.Ordinal) ? PostVerdict.Refused
                : PostVerdict.Failed;
            return new PostOutcome(this, verdict, ms);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            return new PostOutcome(this, PostVerdict.Failed, double.NaN);
        }
        finally
        {
            Answered.TrySetResult();
        }
    }
}
