using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Json;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: waits for hello, dispatches each envelope without blocking the receive loop,
/// acknowledges it (with a payload where Slack accepts one) and reports how the socket ended.
/// </summary>
internal sealed class SocketModeConnection(
    int number,
    SocketEnvelopeDispatcher dispatcher,
    SocketModeTuning tuning,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SocketEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private int _inFlight;
    private Task _receive = Task.CompletedTask;

    public int Number { get; } = number;

    /// <summary>Completes when Slack asks us to move, switches Socket Mode off, or the socket closes.</summary>
    public Task<SocketEnd> Ended => _ended.Task;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        _socket.Options.KeepAliveInterval = tuning.KeepAliveInterval;
        _socket.Options.KeepAliveTimeout = tuning.KeepAliveTimeout;
        await _socket.ConnectAsync(url, cancellationToken);
        _receive = Task.Run(() => ReceiveLoopAsync(_stop.Token), CancellationToken.None);
        await _hello.Task.WaitAsync(tuning.HelloTimeout, time, cancellationToken);
    }

    /// <summary>Lets envelopes already received finish and be acknowledged, then closes the socket politely.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        var drainUntil = time.GetUtcNow() + tuning.DrainTimeout;
        while (Volatile.Read(ref _inFlight) > 0 && time.GetUtcNow() < drainUntil)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken);
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replaced", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug("Socket Mode connection {Number} did not close cleanly: {Message}", Number, ex.Message);
        }

        await _stop.CancelAsync();
        await _receive.WaitAsync(TimeSpan.FromSeconds(2), time, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _receive.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _sendGate.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        try
        {
            while (!cancellationToken.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                buffer.Clear();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(4 * 1024), cancellationToken);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    logger.LogInformation("Socket Mode connection {Number} closed by Slack ({Status})", Number, _socket.CloseStatus);
                    break;
                }

                if (result.MessageType == WebSocketMessageType.Text)
                {
                    OnMessage(buffer.WrittenSpan);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("Socket Mode connection {Number} lost: {Message}", Number, ex.Message);
            }
        }
        finally
        {
            _hello.TrySetException(new WebSocketException("Socket closed before hello"));
            _ended.TrySetResult(SocketEnd.Closed);
        }
    }

    private void OnMessage(ReadOnlySpan<byte> json)
    {
        SocketMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(json, SlackJsonContext.Default.SocketMessage);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Socket Mode connection {Number}: unreadable message ignored ({Message})", Number, ex.Message);
            return;
        }

        switch (message?.Type)
        {
            case SocketMessage.Hello:
                _hello.TrySetResult();
                break;
            case SocketMessage.Disconnect:
                logger.LogInformation("Socket Mode connection {Number}: Slack asks to disconnect ({Reason})", Number, message.Reason);
                _ended.TrySetResult(message.Reason switch
                {
                    "link_disabled" or "socket_mode_disabled" => SocketEnd.Disabled,
                    "too_many_websockets" => SocketEnd.TooMany,
                    _ => SocketEnd.RefreshRequested,
                });
                break;
            case not null when message.EnvelopeId is { Length: > 0 }:
                Interlocked.Increment(ref _inFlight);
                _ = Task.Run(() => HandleEnvelopeAsync(message, _stop.Token), CancellationToken.None);
                break;
        }
    }

    private async Task HandleEnvelopeAsync(SocketMessage message, CancellationToken cancellationToken)
    {
        try
        {
            SlackAck ack;
            try
            {
                ack = await dispatcher.DispatchAsync(message, cancellationToken);
            }
            catch (JsonException ex)
            {
                // Unreadable for us means unreadable next time too: acknowledge so Slack does not keep retrying.
                logger.LogWarning("Socket Mode {Type} envelope unreadable: {Message}", message.Type, ex.Message);
                ack = SlackAck.Ok;
            }

            if (ack.RetryLater)
            {
                // Not acknowledged, so Slack delivers it again.
                return;
            }

            var reply = new SocketAck(message.EnvelopeId!) { Payload = message.AcceptsResponsePayload ? ack.Body : null };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(reply, SlackJsonContext.Default.SocketAck);
            await _sendGate.WaitAsync(cancellationToken);
            try
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Socket Mode connection {Number}: envelope {EnvelopeId} not acknowledged", Number, message.EnvelopeId);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
