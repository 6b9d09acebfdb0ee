using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LiaisonBot.Calendar;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Features.MassSupervision.Page;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>A bot with the sample roster, the secretariat's cards to make campaigns and batches, and a phone's posts to the ballot page.</summary>
public sealed partial class MassTesting(BotHost host)
{
    /// <summary>Every request of these tests comes from this address, so a test can look for it in tables and logs.</summary>
    public const string ClientAddress = "203.0.113.77";

    public BotHost Host => host;

    public TestUser Office { get; } = TestUser.Of(SampleRoster.Secretariat, host);

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var host = await BotHost.StartAsync(settings, s =>
        {
            s.AddSingleton<IStartupFilter>(new FixedAddress());
            services?.Invoke(s);
        });
        await host.ImportRosterAsync();
        return host;
    }

    public DateOnly Today => host.Services.GetRequiredService<WorkCalendar>().Today;

    public static Dictionary<string, string> CampaignFields(DateOnly from, DateOnly to, string title = "2026年度联络组群众评议") => new()
    {
        [CampaignForm.Year] = from.Year.ToString(CultureInfo.InvariantCulture),
        [CampaignForm.Title] = title,
        [CampaignForm.From] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [CampaignForm.To] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Makes a campaign open from today (or <paramref name="from"/>) for a week, through the secretariat's card.</summary>
    public async Task<string> CampaignAsync(DateOnly? from = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var start = from ?? Today;
        var card = await ExecuteAsync(Office, MassVerbs.Create, new Dictionary<string, string>(CampaignFields(start, start.AddDays(7))) { [MassVerbs.Id] = id });
        Assert.Contains("批次", Sent.Text(card));
        return id;
    }

    /// <summary>Makes a batch through the card and returns its id and its plain codes (as the PDF would print them).</summary>
    public async Task<(string Batch, IReadOnlyList<string> Codes)> BatchAsync(string campaignId, string group = "T01", int slips = 30)
    {
        var batchId = Guid.NewGuid().ToString("N");
        await ExecuteAsync(Office, MassVerbs.AddBatch, new Dictionary<string, string>
        {
            [MassVerbs.Id] = campaignId,
            [MassVerbs.Batch] = batchId,
            [CreateBatch.Group] = group,
            [CreateBatch.Label] = "城关镇干部群众座谈会",
            [CreateBatch.Slips] = slips.ToString(CultureInfo.InvariantCulture),
        });
        var batch = (await host.Services.GetRequiredService<CampaignStore>().BatchAsync(campaignId, batchId, CancellationToken.None))!;
        return (batchId, host.Services.GetRequiredService<SlipSeal>().Unseal(campaignId, batchId, batch.SealedCodes!));
    }

    public async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object data) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));

    /// <summary>Opens the page as a phone would, then posts the code: the answer is the questions (or a refusal).</summary>
    public static async Task<HttpResponseMessage> PostCodeAsync(HttpClient phone, string code, string lang = "") =>
        await PostAsync(phone, await TokenAsync(phone, lang), lang, new() { [BallotHtml.CodeField] = code });

    /// <summary>Posts a whole ballot: the code and the answers (question id → S/M/N/U), with the page's own token.</summary>
    public static async Task<HttpResponseMessage> CastAsync(HttpClient phone, string code, IReadOnlyDictionary<string, string> answers, string? suggestion = null,
        string? token = null)
    {
        var fields = new Dictionary<string, string> { [BallotHtml.CodeField] = code, [BallotHtml.StepField] = BallotHtml.AnswersStep };
        foreach (var (question, answer) in answers)
        {
            fields[BallotHtml.QuestionPrefix + question] = answer;
        }

        if (suggestion is not null)
        {
            fields[BallotHtml.SuggestionField] = suggestion;
        }

        return await PostAsync(phone, token ?? await TokenAsync(phone, ""), "", fields);
    }

    public static async Task<string> TokenAsync(HttpClient phone, string lang)
    {
        var page = await phone.GetStringAsync(BallotEndpoints.Path + (lang.Length > 0 ? "?lang=" + lang : ""));
        return TokenField().Match(page).Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient phone, string? token, string lang, Dictionary<string, string> fields)
    {
        if (token is not null)
        {
            fields["af"] = token;
        }

        return await phone.PostAsync(BallotEndpoints.Path + (lang.Length > 0 ? "?lang=" + lang : ""), new FormUrlEncodedContent(fields));
    }

    /// <summary>The answers a group T01 ballot can give: the group and each of its members.</summary>
    public static Dictionary<string, string> Answers(string group, string answer) =>
        new[] { CampaignEntity.GroupQuestion }.Concat(SampleRoster.Roster.MembersOf(group).Select(m => m.Code)).ToDictionary(q => q, _ => answer);

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Gives every request the same client address, as Kestrel would from a real phone.</summary>
    private sealed class FixedAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, more) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(ClientAddress);
                return more(http);
            });
            next(app);
        };
    }
}
