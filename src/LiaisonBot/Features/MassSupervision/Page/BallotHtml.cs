using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.MassSupervision.Page;

/// <summary>
/// The ballot page's HTML (pure: what to show → page). Plain forms that work without JavaScript; every text from
/// storage or the request is encoded; the only script is the page's own file, which copies the code from the link.
/// </summary>
public static class BallotHtml
{
    public const string CodeField = "code";
    public const string StepField = "step";
    public const string AnswersStep = "answers";
    public const string SuggestionField = "suggestion";
    public const string QuestionPrefix = "q.";

    // Chinese stays as it is (a page of names as &#x…; would be three times the size); markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Code(Texts t, PageForm form, string? problemKey = null) => Layout(t, t["Mass.Page.Title"], $"""
        <h1>{E(t["Mass.Page.Title"])}</h1>
        <p>{E(t["Mass.Page.Intro"])}</p>
        {Problem(t, problemKey)}
        <form method="post" action="{E(form.Action)}" id="code-form" class="card">
        {Hidden(form)}
        <label for="code">{E(t["Mass.Page.CodeLabel"])}</label>
        <input id="code" name="{CodeField}" type="text" inputmode="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required placeholder="ABCDE 23456">
        <button type="submit">{E(t["Mass.Page.Continue"])}</button>
        </form>
        {Promise(t)}
        """, form.OtherLanguage);

    public static string Questions(Texts t, PageForm form, string code, string groupName, IReadOnlyList<(string Id, string Label)> questions,
        IReadOnlyDictionary<string, string> chosen, string suggestion, string? problemKey)
    {
        var page = new StringBuilder();
        page.Append($"""
            <h1>{E(groupName)}</h1>
            <p>{E(t["Mass.Page.Answer"])}</p>
            {Problem(t, problemKey)}
            <form method="post" action="{E(form.Action)}">
            {Hidden(form)}
            <input type="hidden" name="{CodeField}" value="{E(code)}">
            <input type="hidden" name="{StepField}" value="{AnswersStep}">

            """);
        foreach (var (id, label) in questions)
        {
            var name = QuestionPrefix + id;
            page.Append($"<fieldset class=\"card\"><legend>{E(label)}</legend><div class=\"options\">");
            foreach (var answer in Answers.All)
            {
                var value = answer.Code().ToString();
                var on = chosen.TryGetValue(id, out var c) && c == value ? " checked" : "";
                page.Append($"<label><input type=\"radio\" name=\"{E(name)}\" value=\"{value}\"{on}><span>{E(t[$"Mass.Answer.{answer}"])}</span></label>");
            }

            page.Append("</div></fieldset>\n");
        }

        page.Append($"""
            <div class="card">
            <label for="suggestion">{E(t["Mass.Page.Suggestion"])}</label>
            <textarea id="suggestion" name="{SuggestionField}" rows="4" maxlength="{Ballot.MaxSuggestion}">{E(suggestion)}</textarea>
            <p class="hint">{E(t.Format("Mass.Page.SuggestionHint", Ballot.MaxSuggestion))}</p>
            </div>
            <p class="hint">{E(t["Mass.Page.Blank"])}</p>
            <button type="submit">{E(t["Mass.Page.Submit"])}</button>
            </form>
            {Promise(t)}
            """);
        return Layout(t, groupName, page.ToString(), otherLanguage: null);
    }

    public static string Thanks(Texts t, PageForm form) => Layout(t, t["Mass.Page.ThanksTitle"], $"""
        <div class="card done">
        <h1>{E(t["Mass.Page.ThanksTitle"])}</h1>
        <p>{E(t["Mass.Page.Thanks"])}</p>
        </div>
        {Promise(t)}
        """, form.OtherLanguage);

    /// <summary>A code that cannot be used, said plainly, with the way to try another.</summary>
    public static string Refused(Texts t, PageForm form, CodeVerdict verdict) => Layout(t, t[$"Mass.Page.Refused.{verdict}"], $"""
        <div class="card refused">
        <h1>{E(t[$"Mass.Page.Refused.{verdict}"])}</h1>
        <p>{E(t[$"Mass.Page.Refused.{verdict}.Body"])}</p>
        </div>
        <p><a class="button" href="{E(form.Action)}">{E(t["Mass.Page.TryAnother"])}</a></p>
        {Promise(t)}
        """, form.OtherLanguage);

    private static string Layout(Texts t, string title, string body, string? otherLanguage) => $"""
        <!DOCTYPE html>
        <html lang="{(t.IsChinese ? "zh-CN" : "en")}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <meta name="referrer" content="no-referrer">
        <title>{E(title)}</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="{BallotEndpoints.StylePath}">
        <script src="{BallotEndpoints.ScriptPath}" defer></script>
        </head>
        <body>
        <main>
        {body}
        </main>
        {(otherLanguage is null ? "" : $"<nav><a href=\"{E(otherLanguage)}\" lang=\"{(t.IsChinese ? "en" : "zh-CN")}\">{E(t["Mass.Page.OtherLanguage"])}</a></nav>")}
        </body>
        </html>

        """;

    private static string Promise(Texts t) => $"""
        <section class="promise">
        <h2>{E(t["Mass.Page.PromiseTitle"])}</h2>
        <p>{E(t["Mass.Page.Promise"])}</p>
        </section>
        """;

    private static string Problem(Texts t, string? key) => key is null ? "" : $"<p class=\"problem\" role=\"alert\">{E(t[key])}</p>";

    private static string Hidden(PageForm form) =>
        $"<input type=\"hidden\" name=\"{E(form.TokenField)}\" value=\"{E(form.Token)}\">";

    private static string E(string text) => Encoder.Encode(text);
}

/// <summary>What every form on the page carries: the antiforgery token, and where it posts (with the language).</summary>
public sealed record PageForm(string TokenField, string Token, string Action, string OtherLanguage)
{
    /// <summary>The page's address in the reader's language, and in the other one.</summary>
    public static PageForm Of(HttpRequest request, Texts t, string tokenField, string token)
    {
        var path = request.PathBase + BallotEndpoints.Path;
        return new(tokenField, token, t.IsChinese ? path : path + "?lang=en", t.IsChinese ? path + "?lang=en" : path);
    }
}
