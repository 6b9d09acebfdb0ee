using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace LiaisonBot.Tests.Fakes;

public sealed partial class FakeBotFramework
{
    private readonly Dictionary<string, TestTeam> teams = new(StringComparer.Ordinal);

    /// <summary>Makes the team known to the team routes (<c>v3/teams/{id}</c> and its channel list), as Teams knows a team the bot is in.</summary>
    public void AddTeam(TestTeam team)
    {
        lock (gate)
        {
            this.teams[team.TeamId] = team;
        }
    }

    private IResult Team(string teamId) => FindTeam(teamId) is { } team
        ? Results.Json(new TeamDetails { Id = team.TeamId, Name = team.TeamName, AadGroupId = team.AadGroupId }, BotJson.Options)
        : TeamNotFound();

    // The General channel has no name, as in Teams.
    private IResult Channels(string teamId) => FindTeam(teamId) is { } team
        ? Results.Json(new ConversationList { Conversations = [new ChannelInfo(team.TeamId), new ChannelInfo(team.ChannelId, team.ChannelName)] }, BotJson.Options)
        : TeamNotFound();

    private TestTeam? FindTeam(string teamId)
    {
        lock (gate)
        {
            return this.teams.GetValueOrDefault(teamId);
        }
    }

    private static IResult TeamNotFound() =>
        Results.Json(new { error = new { code = "TeamNotFound", message = "The bot is not in this team." } }, statusCode: 404);
}
