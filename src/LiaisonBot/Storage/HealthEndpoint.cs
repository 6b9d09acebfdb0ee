namespace LiaisonBot.Storage;

public static class HealthEndpoint
{
    /// <summary><c>/healthz</c> for the hosting platform: 200 when storage answers, 503 when it does not.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (Tables tables, ILoggerFactory loggers, CancellationToken ct) =>
        {
            try
            {
                await tables.PingAsync(ct);
                return Results.Ok(new { status = "ok" });
            }
            catch (Exception e) when (StorageFailure.IsUnavailable(e))
            {
                loggers.CreateLogger(typeof(HealthEndpoint)).LogWarning("Health check: storage unavailable ({Type}).", e.GetType().Name);
                return Results.Json(new { status = "storage unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
