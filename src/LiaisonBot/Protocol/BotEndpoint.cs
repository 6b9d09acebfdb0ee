using System.Text.Json;
using LiaisonBot.Protocol.Auth;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

/// <summary>
/// <c>POST /api/messages</c>: authenticate, read the activity, drop redeliveries, dispatch, answer.
/// Nothing reaches a handler, and nothing is stored, before the caller is authenticated. Every request is one turn for
/// telemetry (<see cref="TurnTrace"/>), a refused one too: its span, when something listens, and its measurements.
/// </summary>
public static class BotEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Teams messages are at most ~100 KB; anything far larger is not a real activity.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private static readonly string LogCategory = typeof(BotEndpoint).FullName!;

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        // The Agents Playground probes the endpoint with HEAD before it connects; a GET from a browser is harmless too.
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], () => Results.Ok());
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, [AsParameters] TurnServices services, CancellationToken ct)
    {
        var trace = services.Metrics.Start();
        IResult? result = null;
        try
        {
            result = await TurnAsync(http, services, trace, ct);
            return result;
        }
        catch (Exception e)
        {
            trace.Failed(e);
            throw;
        }
        finally
        {
            trace.End((result as IStatusCodeHttpResult)?.StatusCode);
        }
    }

    private static async Task<IResult> TurnAsync(HttpContext http, TurnServices services, TurnTrace trace, CancellationToken ct)
    {
        var (authenticator, router, connector, inbox, tenants, options, loggers, _) = services;
        var log = loggers.CreateLogger(LogCategory); // by name: the Type overload formats the type's name on every request
        var authorization = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization) && !options.Value.IsAnonymous)
        {
            log.LogWarning("Rejected a request without an Authorization header.");
            return Results.Unauthorized();
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(http.Request, ct);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        LoneSurrogates.Replace(body);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        trace.Read(activity);

        var auth = await authenticator.AuthenticateAsync(authorization, activity?.ChannelId, activity?.ServiceUrl, ct);
        if (!auth.Succeeded)
        {
            log.LogWarning("Rejected a request: {Reason}. MS-CV {CorrelationVector}", auth.Failure, http.Request.Headers["MS-CV"].ToString());
            return Results.Unauthorized();
        }

        // Every handler answers into the conversation and acts for the sender: an activity naming neither is not one.
        if (activity is not { Type.Length: > 0, Conversation.Id.Length: > 0, From.Id.Length: > 0 })
        {
            log.LogWarning("Rejected an activity without type, conversation.id or from.id.");
            return Results.BadRequest();
        }

        using var scope = log.BeginScope("{ActivityType} {ActivityName} {ActivityId} MS-CV {MsCv}",
            activity.Type, activity.Name, activity.Id, http.Request.Headers["MS-CV"].ToString());

        // Before the inbox: from a tenant the bot does not serve, nothing is stored, not even "seen".
        if (!tenants.Allows(activity))
        {
            log.LogWarning("Refused an activity from a tenant not in Bot:AllowedTenants.");
            trace.Routed(new TurnRoute("refused", null));
            return Answer(await router.RefuseAsync(new Turn(activity, connector, http.RequestServices), ct));
        }

        if (activity.Type != ActivityTypes.Invoke && !await inbox.IsFirstDeliveryAsync(activity, ct))
        {
            log.LogInformation("Ignored a redelivered activity.");
            trace.Routed(new TurnRoute("redelivery", null));
            return Results.Ok();
        }

        InvokeResponse? answer;
        var turn = new Turn(activity, connector, http.RequestServices);
        try
        {
            answer = await router.DispatchAsync(turn, ct);
        }
        catch
        {
            // Let the channel's redelivery try again instead of dropping it as a duplicate.
            await inbox.ForgetAsync(activity, CancellationToken.None);
            throw;
        }
        finally
        {
            trace.Routed(turn);
        }

        return Answer(answer);
    }

    private static IResult Answer(InvokeResponse? answer) => answer switch
    {
        null => Results.Ok(),
        { Body: null } => Results.StatusCode(answer.Status),
        _ => Results.Json(answer.Body, BotJson.Options, statusCode: answer.Status),
    };

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is larger (chunked bodies carry no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
