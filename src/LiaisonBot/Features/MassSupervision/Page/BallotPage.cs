using HttpResults = Microsoft.AspNetCore.Http.Results;
using LiaisonBot.App;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace LiaisonBot.Features.MassSupervision.Page;

/// <summary>
/// The ballot page's posts: a code (then the questions of its group), or a code with answers (then the ballot is cast).
/// A refused code or ballot stores nothing. Nothing here logs: a code, an address or an answer must never reach a log.
/// </summary>
public sealed class BallotPage(IAntiforgery antiforgery, CodeChecker checker, CodeStore codes, BallotSeal seal, RosterStore roster)
{
    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 64,
        KeyLengthLimit = 64,
        ValueLengthLimit = BallotEndpoints.MaxBody, // counted encoded: a Chinese character is 9 bytes as %XX%XX%XX
        MultipartBodyLengthLimit = BallotEndpoints.MaxBody,
        BufferBodyLengthLimit = BallotEndpoints.MaxBody,
    };

    public async Task<IResult> PostAsync(HttpContext http, Texts t, CancellationToken ct)
    {
        BallotEndpoints.Secure(http.Response);
        if (http.Request.ContentLength > BallotEndpoints.MaxBody)
        {
            return HttpResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = BallotEndpoints.MaxBody;
        }

        IFormCollection form;
        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits));
            form = await http.Request.ReadFormAsync(ct);
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return HttpResults.BadRequest();
            }
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or InvalidOperationException)
        {
            return HttpResults.BadRequest();
        }

        var page = BallotEndpoints.Form(http, antiforgery, t);
        var check = await checker.CheckAsync(form[BallotHtml.CodeField].ToString(), BallotEndpoints.Address(http), ct);
        if (check.Verdict != CodeVerdict.Ok)
        {
            return Refused(t, page, check.Verdict);
        }

        var (groupName, questions) = await QuestionsAsync(t, check, ct);
        var chosen = questions.Where(q => form.ContainsKey(BallotHtml.QuestionPrefix + q.Id))
            .ToDictionary(q => q.Id, q => form[BallotHtml.QuestionPrefix + q.Id].ToString());
        var suggestion = Clean(form[BallotHtml.SuggestionField].ToString());
        var code = SlipCodes.Normalise(form[BallotHtml.CodeField])!;
        if (form[BallotHtml.StepField] != BallotHtml.AnswersStep)
        {
            return Questions(t, page, code, groupName, questions, chosen, suggestion, null);
        }

        var answers = chosen.Where(c => c.Value.Length > 0).ToDictionary(c => c.Key, c => MassSupervision.Answers.Parse(c.Value));
        if (answers.Values.Any(a => a is null) || suggestion.Length > Ballot.MaxSuggestion)
        {
            return Questions(t, page, code, groupName, questions, chosen, suggestion,
                suggestion.Length > Ballot.MaxSuggestion ? "Mass.Page.TooLong" : "Mass.Page.BadAnswer");
        }

        var ballot = new Ballot(answers.ToDictionary(a => a.Key, a => a.Value!.Value), suggestion.Length == 0 ? null : suggestion);
        var sealedBallot = seal.Seal(check.Campaign!.Id, check.Code!.RowKey, ballot);
        if (await codes.TryUseAsync(check.Code!, sealedBallot, ct))
        {
            return BallotEndpoints.Html(BallotHtml.Thanks(t, page));
        }

        // Someone used the code (or the close froze it) between our read and our write: say which, store nothing. Unless the
        // row holds our own sealed bytes (never the same twice): the storage client retried a write whose answer came late,
        // and its first try had landed (the ballot bench saw it under load).
        var now = await checker.AgainAsync(check, ct);
        if (now.Code?.Sealed is { } stored && stored.AsSpan().SequenceEqual(sealedBallot))
        {
            return BallotEndpoints.Html(BallotHtml.Thanks(t, page));
        }

        return Refused(t, page, now.Verdict == CodeVerdict.Ok ? CodeVerdict.Used : now.Verdict);
    }

    /// <summary>The group's name and its ballot's questions: the group's work, then each member by name.</summary>
    private async Task<(string Group, IReadOnlyList<(string Id, string Label)> Questions)> QuestionsAsync(Texts t, CodeCheck check, CancellationToken ct)
    {
        var committee = await roster.GetAsync(ct);
        var group = check.Batch!.GroupCode;
        var name = committee.Group(group)?.Name ?? group;
        return (name, check.Campaign!.QuestionsOf(group).Select(q => (q, q == CampaignEntity.GroupQuestion
            ? t.Format("Mass.Page.GroupQuestion", name)
            : t.Format("Mass.Page.MemberQuestion", committee.ByCode(q)?.Name ?? q))).ToList());
    }

    private static IResult Questions(Texts t, PageForm page, string code, string groupName, IReadOnlyList<(string Id, string Label)> questions,
        Dictionary<string, string> chosen, string suggestion, string? problem) =>
        BallotEndpoints.Html(BallotHtml.Questions(t, page, code, groupName, questions, chosen, suggestion, problem));

    private static IResult Refused(Texts t, PageForm page, CodeVerdict verdict)
    {
        var html = BallotHtml.Refused(t, page, verdict);
        return verdict == CodeVerdict.TooMany ? HttpResults.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests)
            : BallotEndpoints.Html(html);
    }

    /// <summary>Line breaks kept, other control characters dropped, trimmed.</summary>
    private static string Clean(string text) =>
        new string(text.Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();
}
