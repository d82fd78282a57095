using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Samverka.Web.Tests.Grants;

/// <summary>A minimal SMTP server on 127.0.0.1 for tests (RFC 5321: HELO/EHLO, MAIL FROM, RCPT TO, DATA, RSET, NOOP,
/// QUIT): it keeps every message it is given and refuses (550) the recipients it is told to.</summary>
public sealed partial class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly IReadOnlySet<string> _refused;

    private SmtpTestServer(IEnumerable<string> refused)
    {
        _refused = refused.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedMail> Mails { get; } = new();

    /// <summary>Starts listening; <paramref name="refused"/> are answered 550 at RCPT TO.</summary>
    public static SmtpTestServer Start(params string[] refused) => new(refused);

    /// <summary>The mails delivered to <paramref name="address"/>.</summary>
    public IReadOnlyList<ReceivedMail> To(string address) => Mails.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        // Latin-1 keeps every byte as one char; the message is 7-bit anyway (encoded words and base64).
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 127.0.0.1 Samverka test SMTP");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-127.0.0.1");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 127.0.0.1");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    var recipient = Address(line);
                    if (_refused.Contains(recipient)) await writer.WriteLineAsync("550 5.1.1 No such mailbox");
                    else
                    {
                        to.Add(recipient);
                        await writer.WriteLineAsync("250 OK");
                    }
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } d && d != ".")
                        data.Append(d.StartsWith("..", StringComparison.Ordinal) ? d[1..] : d).Append("\r\n");
                    Mails.Enqueue(ReceivedMail.Parse(from ?? "", [.. to], data.ToString()));
                    to.Clear();
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "RSET":
                    from = null;
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static string Address(string line) => AddressPattern().Match(line) is { Success: true } m ? m.Groups[1].Value : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressPattern();
}

/// <summary>A message as the test server received it, with the subject and the plain-text body decoded.</summary>
public sealed partial record ReceivedMail(string From, IReadOnlyList<string> To, string Raw, string Subject, string Body)
{
    public static ReceivedMail Parse(string from, IReadOnlyList<string> to, string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        // Unfold continued header lines (RFC 5322 2.2.3).
        var headers = FoldPattern().Replace(headerText, " ").Split("\r\n").Where(h => h.Contains(':', StringComparison.Ordinal))
            .GroupBy(h => h[..h.IndexOf(':', StringComparison.Ordinal)].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[(g.First().IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
        var subject = EncodedWords(headers.GetValueOrDefault("Subject", ""));
        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        var text = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n").Select(l => l.Trim())))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new ReceivedMail(from, to, raw, subject, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>Decodes RFC 2047 encoded words (<c>=?utf-8?B?...?=</c>, <c>=?utf-8?Q?...?=</c>); the space between two of them is dropped.</summary>
    private static string EncodedWords(string value)
    {
        var joined = BetweenWordsPattern().Replace(value, "?==?");
        return EncodedWordPattern().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            return m.Groups[2].Value.ToUpperInvariant() == "B"
                ? charset.GetString(Convert.FromBase64String(m.Groups[3].Value))
                : charset.GetString(QuotedPrintableBytes(m.Groups[3].Value.Replace('_', ' ')));
        });
    }

    private static string QuotedPrintable(string body) => Encoding.UTF8.GetString(QuotedPrintableBytes(body.Replace("=\r\n", "", StringComparison.Ordinal)));

    private static byte[] QuotedPrintableBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)text[i]);
        }
        return [.. bytes];
    }

    [GeneratedRegex("\r\n[ \t]+")]
    private static partial Regex FoldPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWordsPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();
}
