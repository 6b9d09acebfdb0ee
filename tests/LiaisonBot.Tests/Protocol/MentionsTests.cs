using LiaisonBot.Protocol;

namespace LiaisonBot.Tests.Protocol;

/// <summary>Channel posts reach the bot only when they @mention it; the command is what is left once the mention is gone.</summary>
public sealed class MentionsTests
{
    private const string Bot = "28:5b0f3e4c-7a61-4a0e-9d1c-2f6b8e1d4c10";

    [Theory]
    [InlineData("<at>LiaisonBot</at> link group", "<at>LiaisonBot</at>", "link group")]
    [InlineData("<at>联络组助手</at>&nbsp;绑定小组\n", "<at>联络组助手</at>", "绑定小组")]
    [InlineData("group report <at>LiaisonBot</at>", "<at>LiaisonBot</at>", "group report")]
    [InlineData("<at>Liaison Bot</at> link  group <at>孙淑珍</at>", "<at>Liaison Bot</at>", "link group")]
    public void TheBotsMention_IsRemovedUsingTheEntity(string text, string mention, string command)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = new ChannelAccount { Id = Bot },
            Conversation = new ConversationAccount { ConversationType = "channel" },
            Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = Bot }, Text = mention }],
        };

        Assert.Equal(command, Mentions.StripBotMention(activity));
    }
}
