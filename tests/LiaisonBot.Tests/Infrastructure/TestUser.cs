using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Fakes;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>A person in Teams, in their 1:1 chat with the bot, and the activities their client would send.</summary>
public sealed record TestUser(string Id, string Name, string? AadObjectId, string Email, string Locale, string ServiceUrl, string BotId)
{
    public const string TenantId = "b0ae5c35-f227-4201-a1d2-f831b08e425c";

    public string ConversationId => "a:1" + Id[3..] + "-chat";

    /// <summary>A roster member's Teams identity; the fake connector knows their e-mail for the install look-up.</summary>
    public static TestUser Of(Member member, BotHost host, string locale = "zh-CN")
    {
        var user = For(member, host.Fake.ServiceUrl, host.Fake.AppId, locale);
        host.Fake.AddMember(user.Account());
        return user;
    }

    public static TestUser For(Member member, string serviceUrl, string appId, string locale) =>
        new("29:" + member.Code.ToLowerInvariant() + "-teams", member.Name, member.AadObjectId, member.Email, locale, serviceUrl, "28:" + appId);

    public static TestUser Stranger(BotHost host, string locale = "zh-CN")
    {
        var user = new TestUser("29:stranger-teams", "陌生人", Guid.NewGuid().ToString(), "stranger@elsewhere.example.cn", locale, host.Fake.ServiceUrl, "28:" + host.Fake.AppId);
        host.Fake.AddMember(user.Account());
        return user;
    }

    public TeamsChannelAccount Account() => new()
    {
        Id = Id,
        Name = Name,
        AadObjectId = AadObjectId,
        Email = Email,
        UserPrincipalName = Email,
        TenantId = TenantId,
    };

    public Activity Install() => Base(ActivityTypes.ConversationUpdate) with
    {
        Locale = null, // Teams and the playground send no locale with conversationUpdate
        MembersAdded = [new ChannelAccount { Id = Id, AadObjectId = AadObjectId }, new ChannelAccount { Id = BotId }],
    };

    public Activity Installation(string action) => Base(ActivityTypes.InstallationUpdate) with { Action = action };

    public Activity Message(string text) => Base(ActivityTypes.Message) with { Text = text, TextFormat = "plain" };

    /// <summary>A message with a file attached in the chat, as Teams delivers it: a download URL, no text.</summary>
    public Activity Attach(string fileName, Uri downloadUrl) => Base(ActivityTypes.Message) with
    {
        Text = "",
        Attachments =
        [
            new Attachment
            {
                ContentType = TeamsFiles.DownloadInfo,
                Name = fileName,
                Content = JsonSerializer.SerializeToElement(new { downloadUrl = downloadUrl.AbsoluteUri, uniqueId = Guid.NewGuid().ToString(), fileType = Path.GetExtension(fileName).TrimStart('.') }),
            },
        ],
    };

    /// <summary>An Action.Execute press: <c>adaptiveCard/action</c> with the verb and the card's data.</summary>
    public Activity Execute(string verb, object? data = null) => Base(ActivityTypes.Invoke) with
    {
        Name = "adaptiveCard/action",
        ReplyToId = "1700000000000",
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = data ?? new { } }, trigger = "manual" }),
    };

    private Activity Base(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Locale = Locale,
        From = new ChannelAccount { Id = Id, Name = Name, AadObjectId = AadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "LiaisonBot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = TenantId },
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(TenantId) },
    };
}
