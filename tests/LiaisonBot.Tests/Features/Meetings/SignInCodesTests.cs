using System.Buffers.Text;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Features.Meetings;

public sealed class SignInCodesTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>RFC 6238's SHA-256 test secret, base64 as a meeting stores it.</summary>
    private const string RfcSecret = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=";

    /// <summary>Another 32-byte secret ("abcdefghijklmnopqrstuvwxyz012345").</summary>
    private const string OtherSecret = "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU=";

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    private static MeetingEntity Meeting(string id = "m-2027-001", string secret = RfcSecret) =>
        new() { RowKey = id, SignInSecret = secret };

    /// <summary>
    /// With no meeting id to hash in, the codes are RFC 6238's own SHA-256 test vectors (their last six digits), so the
    /// truncation and the step counter are the standard ones.
    /// </summary>
    [Theory]
    [InlineData(59, "119246")]
    [InlineData(1111111109, "084774")]
    [InlineData(1111111111, "062674")]
    [InlineData(1234567890, "819424")]
    [InlineData(2000000000, "698825")]
    [InlineData(20000000000, "737706")]
    public void WithoutAMeetingId_TheCodes_AreRfc6238s(long unixSeconds, string code) =>
        Assert.Equal(code, SignInCodes.CodeAt(Meeting(id: ""), DateTimeOffset.FromUnixTimeSeconds(unixSeconds), Step));

    [Fact]
    public void TheCode_IsSixDigits_TheSameForTheSameSecretAndStep_AndBoundToTheMeetingsId()
    {
        Assert.Equal("900952", SignInCodes.CodeAt(Meeting(), Now, Step));
        Assert.Equal("900952", SignInCodes.CodeAt(Meeting(), Now.AddSeconds(29.999), Step));
        Assert.Equal("133664", SignInCodes.CodeAt(Meeting(id: "m-2027-002"), Now, Step));

        var codes = Enumerable.Range(0, 200).Select(i => SignInCodes.CodeAt(Meeting(), Now.AddSeconds(30 * i), Step)).ToList();
        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.True(codes.Distinct().Count() > 190, "codes of successive steps hardly ever repeat");
        Assert.Contains(codes, c => c[0] == '0'); // leading zeros kept
    }

    [Fact]
    public void TheCurrentAndThePreviousStepsCode_AreAccepted_TwoStepsAgoAndTheNextOneAreNot()
    {
        var m = Meeting();

        Assert.True(SignInCodes.Matches(m, SignInCodes.CodeAt(m, Now, Step), Now, Step));
        Assert.True(SignInCodes.Matches(m, SignInCodes.CodeAt(m, Now - Step, Step), Now, Step));
        Assert.False(SignInCodes.Matches(m, SignInCodes.CodeAt(m, Now - (2 * Step), Step), Now, Step));
        Assert.False(SignInCodes.Matches(m, SignInCodes.CodeAt(m, Now + Step, Step), Now, Step));
    }

    [Fact]
    public void AnotherMeetingsCode_IsRefused_EvenWithTheSameSecret()
    {
        var ours = Meeting(id: "ours");
        var theirs = Meeting(id: "theirs");
        var other = Meeting(id: "ours", secret: OtherSecret);

        var steps = Enumerable.Range(0, 100).Select(i => Now.AddSeconds(30 * i)).ToList();
        Assert.DoesNotContain(steps, at => SignInCodes.Matches(ours, SignInCodes.CodeAt(theirs, at, Step), at, Step));
        Assert.DoesNotContain(steps, at => SignInCodes.Matches(ours, SignInCodes.CodeAt(other, at, Step), at, Step));
    }

    [Theory]
    [InlineData("{0} {1}")]
    [InlineData(" {0}{1} ")]
    [InlineData("{0}\u3000{1}")]
    [InlineData("{0}\u00a0{1}")]
    [InlineData("{0}\u200b{1}")]
    [InlineData("{0}\t{1}\n")]
    public void SpacesOfAnyKind_AreIgnored(string layout)
    {
        var code = SignInCodes.CodeAt(Meeting(), Now, Step);
        Assert.True(SignInCodes.Matches(Meeting(), string.Format(layout, code[..3], code[3..]), Now, Step));
    }

    [Fact]
    public void FullWidthDigits_AsChineseInputMethodsTypeThem_AreAccepted()
    {
        var code = SignInCodes.CodeAt(Meeting(), Now, Step);
        var fullWidth = string.Concat(code.Select(c => (char)('０' + (c - '0'))));

        Assert.True(SignInCodes.Matches(Meeting(), fullWidth, Now, Step));
        Assert.True(SignInCodes.Matches(Meeting(), fullWidth[..3] + "　" + code[3..], Now, Step));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("90095")]
    [InlineData("9009520")]
    [InlineData("900-952")]
    [InlineData("９００９５")]
    [InlineData("900952a")]
    [InlineData("٩٠٠٩٥٢")] // Arabic-Indic digits are digits to .NET, not to a sign-in code
    public void AnythingButSixDigits_IsRefused(string? typed)
    {
        Assert.Equal("900952", SignInCodes.CodeAt(Meeting(), Now, Step));
        Assert.False(SignInCodes.Matches(Meeting(), typed, Now, Step));
    }

    [Fact]
    public void SecondsLeft_CountDownToTheNextCode_WithinOneStep()
    {
        Assert.Equal(30, SignInCodes.SecondsLeft(Now, Step));
        Assert.Equal(20.5, SignInCodes.SecondsLeft(Now.AddSeconds(9.5), Step), 6);
        Assert.Equal(0.001, SignInCodes.SecondsLeft(Now.AddSeconds(29.999), Step), 6);
        Assert.NotEqual(SignInCodes.CodeAt(Meeting(), Now.AddSeconds(29.999), Step), SignInCodes.CodeAt(Meeting(), Now.AddSeconds(30), Step));
    }

    [Fact]
    public void SecretsAndScreenKeys_AreFreshlyRandom_OfTheirSizes()
    {
        Assert.Equal(32, Convert.FromBase64String(SignInCodes.NewSecret()).Length);
        Assert.NotEqual(SignInCodes.NewSecret(), SignInCodes.NewSecret());

        var key = SignInCodes.NewScreenKey();
        Assert.Matches("^[A-Za-z0-9_-]{22}$", key);
        Assert.Equal(16, Base64Url.DecodeFromChars(key).Length);
        Assert.NotEqual(key, SignInCodes.NewScreenKey());
    }

    [Fact]
    public void AMeetingWithoutASecret_HasNoCode() =>
        Assert.Throws<InvalidOperationException>(() => SignInCodes.Matches(Meeting(secret: ""), "000000", Now, Step));

    [Fact]
    public void TheWindow_OpensBeforeTheStart_ClosesAfterIt_AndOnlyForAnOpenMeeting()
    {
        var window = new SignInWindow(Options.Create(new MeetingOptions
        {
            SignInOpensBefore = TimeSpan.FromMinutes(30),
            SignInClosesAfter = TimeSpan.FromMinutes(60),
        }));
        var m = new MeetingEntity { RowKey = "m", StartsAt = Now };

        Assert.Equal(Now.AddMinutes(-30), window.Opens(m));
        Assert.Equal(Now.AddMinutes(60), window.Closes(m));
        Assert.Equal(SignInPhase.NotYet, window.Phase(m, Now.AddMinutes(-30).AddTicks(-1)));
        Assert.True(window.IsOpen(m, Now.AddMinutes(-30)));
        Assert.True(window.IsOpen(m, Now.AddMinutes(60).AddTicks(-1)));
        Assert.False(window.IsOpen(m, Now.AddMinutes(60)));
        Assert.Equal(SignInPhase.Ended, window.Phase(m, Now.AddMinutes(60)));

        m.State = nameof(MeetingState.Cancelled);
        Assert.Equal(SignInPhase.Cancelled, window.Phase(m, Now));
        Assert.False(window.IsOpen(m, Now));
        m.State = nameof(MeetingState.Closed);
        Assert.Equal(SignInPhase.Closed, window.Phase(m, Now));
        Assert.False(window.IsOpen(m, Now));
    }
}
