using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LiaisonBot.Tests.Fakes;

/// <summary>The members the fake connector knows: the fallback roster and each conversation's own, paged as Teams pages them.</summary>
public sealed partial class FakeBotFramework
{
    private readonly Dictionary<string, List<TeamsChannelAccount>> rosters = new(StringComparer.Ordinal);
    private readonly List<TeamsChannelAccount> members = [];

    /// <summary>Adds a member to one conversation's roster, or (no conversation) to the roster every conversation falls back to.</summary>
    public void AddMember(TeamsChannelAccount member, string? conversationId = null)
    {
        lock (gate)
        {
            if (conversationId is null)
            {
                this.members.Add(member);
            }
            else if (rosters.TryGetValue(conversationId, out var roster))
            {
                roster.Add(member);
            }
            else
            {
                rosters[conversationId] = [member];
            }
        }
    }

    private IResult GetMember(string conversationId, string userId)
    {
        var member = Roster(conversationId).FirstOrDefault(m =>
            m.Id == userId || m.AadObjectId == userId || string.Equals(m.UserPrincipalName, userId, StringComparison.OrdinalIgnoreCase));
        return member is null
            ? Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found." } }, statusCode: 404)
            : Results.Json(member, BotJson.Options);
    }

    private IResult PagedMembers(string conversationId, int? pageSize, string? continuationToken)
    {
        var roster = Roster(conversationId);
        var start = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        var size = pageSize ?? 100;
        var page = roster.Skip(start).Take(size).ToList();
        var next = start + size < roster.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new PagedMembersResult { Members = page, ContinuationToken = next }, BotJson.Options);
    }

    private List<TeamsChannelAccount> Roster(string conversationId)
    {
        lock (gate)
        {
            return rosters.TryGetValue(conversationId, out var roster) ? [.. roster] : [.. this.members];
        }
    }
}
