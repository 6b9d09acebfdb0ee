namespace LiaisonBot.Tests.Infrastructure;

/// <summary>The kinds of user a role test presses every verb as.</summary>
public enum Who { Member, Leader, StandingCommittee, Secretariat, Stranger }

public static class WhoUsers
{
    /// <summary>A user of that kind from the sample roster (the Standing Committee member leads no group), in Chinese.</summary>
    public static TestUser User(this Who who, BotHost host) => who switch
    {
        Who.Member => TestUser.Of(SampleRoster.Member, host),
        Who.Leader => TestUser.Of(SampleRoster.Leader, host),
        Who.StandingCommittee => TestUser.Of(SampleRoster.Roster.ByCode("M009")!, host), // T02, not a leader
        Who.Secretariat => TestUser.Of(SampleRoster.Secretariat, host),
        _ => TestUser.Stranger(host),
    };
}
