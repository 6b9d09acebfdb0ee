namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>Where the screen page finds its script, style and poll, and the same page in the other language.</summary>
public sealed record ScreenLinks(string Script, string Style, string Poll, string OtherLanguage);
