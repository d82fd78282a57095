using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Samverka.Testing;

namespace Samverka.Web.Tests.Localization;

/// <summary>One message the code can show a user, as a template: interpolated holes become <c>{0}</c>, <c>{1}</c>, ...
/// (format specifiers dropped), and where it is written.</summary>
public sealed record ExtractedMessage(string Template, string Area, string File, int Line);

/// <summary>Finds, in the syntax of src/Samverka.Kernel, Rules and Modules, the messages users meet: those of
/// <c>InputProblem</c>s (<c>new InputProblem(...)</c> and target-typed <c>new(source, line, field, message)</c>),
/// of the exceptions pages show, of <c>out string error</c> parameters (personnummer and the like), of string lists
/// called problems, and of every helper that passes its parameter on to one of those (<c>row.Problem(column,
/// message)</c>, <c>Add(field, message)</c>), followed through conditionals, concatenation, <c>string.Create</c> and
/// <c>Invariant</c>.</summary>
/// <remarks>What it cannot see is a message built elsewhere and passed in a variable or returned by a method; such
/// sinks are listed in <see cref="Result.Unseen"/>.</remarks>
public static class MessageExtractor
{
    public sealed record Result(IReadOnlyList<ExtractedMessage> Messages, IReadOnlyList<string> Unseen);

    /// <summary>Exceptions whose message a page shows (the API answers with it too).</summary>
    private static readonly HashSet<string> ShownExceptions = ["AccessDeniedException", "GrantNotFoundException", "FormatException", "InvalidDataException"];

    /// <summary>Exceptions pages show that make their own message from values (<c>: base(message)</c>).</summary>
    private static readonly HashSet<string> ShownExceptionsWithOwnMessage = ["ClosedRoundCannotChangeException", "ParameterNotInForceException"];

    private static readonly string[] Roots = ["src/Samverka.Kernel", "src/Samverka.Rules", "src/Samverka.Modules"];

    private static readonly Lazy<Result> Cached = new(() => Extract(Roots.Select(r => RepositoryPaths.File(r))));

    /// <summary>The messages of the repository's source, read once.</summary>
    public static Result FromRepository() => Cached.Value;

    public static Result Extract(IEnumerable<string> roots)
    {
        var trees = roots
            .SelectMany(r => Directory.EnumerateFiles(r, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/')))
            .ToList();
        return Extract(trees);
    }

    public static Result Extract(IReadOnlyList<SyntaxTree> trees)
    {
        var messages = new List<ExtractedMessage>();
        var unseen = new List<string>();
        var sinks = new List<ExpressionSyntax>();
        var roots = trees.Select(t => t.GetRoot()).ToList();

        foreach (var node in roots.SelectMany(r => r.DescendantNodes()))
        {
            switch (node)
            {
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 4 } a } o when Name(o.Type) == "InputProblem":
                    sinks.Add(a[3].Expression);
                    break;
                case ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 4 } a } when LooksLikeProblem(a):
                    sinks.Add(a[3].Expression);
                    break;
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } a } o when ShownExceptions.Contains(Name(o.Type)):
                    sinks.Add(a[0].Expression);
                    break;
                case ConstructorInitializerSyntax { ArgumentList.Arguments: { Count: > 0 } a } c
                    when c.IsKind(SyntaxKind.BaseConstructorInitializer) && c.Ancestors().OfType<ClassDeclarationSyntax>().FirstOrDefault() is { } cls && ShownExceptionsWithOwnMessage.Contains(cls.Identifier.Text):
                    sinks.Add(a[0].Expression);
                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assign when IsOutStringParameter(assign, target.Identifier.Text):
                    sinks.Add(assign.Right);
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Add" } m, ArgumentList.Arguments: { Count: 1 } a }
                    when m.Expression.ToString().EndsWith("roblems", StringComparison.Ordinal) && IsStringy(a[0].Expression):
                    sinks.Add(a[0].Expression);
                    break;
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax callee, ArgumentList.Arguments: { Count: > 0 } a } call when IsProblemDelegate(call, callee.Identifier.Text):
                    sinks.Add(a[^1].Expression);
                    break;
            }
        }

        // Helpers that pass a parameter on as a message: their callers' arguments are messages too (to a fixed point).
        var helpers = new HashSet<(string Name, int Index, int Count, SyntaxNode? Scope)>();
        var queue = new Queue<ExpressionSyntax>(sinks);
        var all = new HashSet<ExpressionSyntax>();
        while (queue.Count > 0)
        {
            var sink = queue.Dequeue();
            if (all.Contains(sink)) continue;
            all.Add(sink);
            // A local text put into a message's hole is a message of its own ("...; {tail}").
            foreach (var hole in sink.DescendantNodesAndSelf().OfType<InterpolationSyntax>())
                if (Unwrap(hole.Expression) is IdentifierNameSyntax local)
                    foreach (var text in Sources(hole, local.Identifier.Text, roots).Where(IsStringy)) queue.Enqueue(text);
            if (Unwrap(sink) is InvocationExpressionSyntax invoked && !IsStringy(sink))
                foreach (var returned in Returns(invoked, roots)) queue.Enqueue(returned);
            if (Unwrap(sink) is not IdentifierNameSyntax id) continue;
            foreach (var source in Sources(sink, id.Identifier.Text, roots)) queue.Enqueue(source);
            if (Parameter(sink, id.Identifier.Text) is not { } helper || !helpers.Add(helper)) continue;
            // A local function is called only in its own member; a method anywhere.
            foreach (var call in (helper.Scope is { } scope ? [scope] : roots).SelectMany(r => r.DescendantNodes().OfType<InvocationExpressionSyntax>()))
            {
                var name = call.Expression switch { IdentifierNameSyntax i => i.Identifier.Text, MemberAccessExpressionSyntax ma => ma.Name.Identifier.Text, _ => null };
                if (name == helper.Name && call.ArgumentList.Arguments.Count == helper.Count)
                    queue.Enqueue(call.ArgumentList.Arguments[helper.Index].Expression);
            }
        }

        foreach (var sink in all)
        {
            var location = sink.GetLocation().GetLineSpan();
            var file = location.Path;
            var line = location.StartLinePosition.Line + 1;
            var templates = Templates(sink);
            if (templates is null)
            {
                if (Unwrap(sink).IsKind(SyntaxKind.NullLiteralExpression)) continue;
                // A helper's or lambda's parameter, or an out variable, is followed to where the message is written.
                if (!(Unwrap(sink) is IdentifierNameSyntax id && (Parameter(sink, id.Identifier.Text) is not null || IsLambdaParameterOrOutVariable(sink, id.Identifier.Text) || Sources(sink, id.Identifier.Text, roots).Any())
                      || Unwrap(sink) is InvocationExpressionSyntax invoked && Returns(invoked, roots).Any()))
                    unseen.Add($"{file}:{line}: {sink}");
                continue;
            }
            foreach (var t in templates.Where(t => t.Any(s => s.Text is { } text && text.Any(char.IsLetter))))
                messages.Add(new ExtractedMessage(Render(t), Area(file), file, line));
        }
        return new Result(messages, unseen);
    }

    private static string Name(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.Text,
        SimpleNameSyntax s => s.Identifier.Text,
        _ => type.ToString(),
    };

    /// <summary>A target-typed <c>new(source, line, field, message)</c>: a line that is null or a number, and a
    /// message that is a string.</summary>
    private static bool LooksLikeProblem(SeparatedSyntaxList<ArgumentSyntax> a) =>
        (a[1].Expression.IsKind(SyntaxKind.NullLiteralExpression) || a[1].Expression.ToString().Contains("ine", StringComparison.Ordinal) || a[1].Expression.ToString().Contains("i + 1", StringComparison.Ordinal) || a[1].Expression.ToString() == "number")
        && (IsStringy(a[3].Expression) || Unwrap(a[3].Expression) is IdentifierNameSyntax { Identifier.Text: "message" or "error" or "problem" or "why" });

    /// <summary>A call of a parameter that makes a problem from a message (<c>Func&lt;string, InputProblem&gt;</c>,
    /// <c>Func&lt;string, string, InputProblem&gt;</c>, <c>Action&lt;string, string&gt;</c>): its last argument.</summary>
    private static bool IsProblemDelegate(SyntaxNode at, string name) =>
        at.Ancestors().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault()?.ParameterList.Parameters
            .Any(p => p.Identifier.Text == name && p.Type?.ToString() is { } t
                      && (t.StartsWith("Func<string", StringComparison.Ordinal) && t.EndsWith("InputProblem>", StringComparison.Ordinal) || t == "Action<string, string>")) == true;

    /// <summary>Where a variable used as a message gets its value in the same member: <c>var x = ...</c> or
    /// <c>... is { } x</c> of a string, or of a call whose method's returns are then the messages.</summary>
    private static IEnumerable<ExpressionSyntax> Sources(SyntaxNode at, string name, IReadOnlyList<SyntaxNode> roots)
    {
        var member = at.Ancestors().FirstOrDefault(n => n is MemberDeclarationSyntax);
        if (member is null) yield break;
        var values = new List<ExpressionSyntax>();
        foreach (var node in member.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } v } d && d.Identifier.Text == name) values.Add(v);
            if (node is SingleVariableDesignationSyntax s && s.Identifier.Text == name && s.Ancestors().OfType<IsPatternExpressionSyntax>().FirstOrDefault() is { } isPattern)
                values.Add(isPattern.Expression);
        }
        foreach (var value in values)
        {
            if (IsStringy(value)) { yield return value; continue; }
            if (Unwrap(value) is InvocationExpressionSyntax call)
                foreach (var returned in Returns(call, roots)) yield return returned;
        }
    }

    /// <summary>What the methods called like <paramref name="call"/> that return a string return.</summary>
    private static IEnumerable<ExpressionSyntax> Returns(InvocationExpressionSyntax call, IReadOnlyList<SyntaxNode> roots)
    {
        var method = call.Expression switch { IdentifierNameSyntax i => i.Identifier.Text, MemberAccessExpressionSyntax m => m.Name.Identifier.Text, _ => null };
        if (method is null or "ToString") yield break; // every type has one: not a message
        foreach (var declaration in roots.SelectMany(r => r.DescendantNodes().OfType<MethodDeclarationSyntax>()).Where(m => m.Identifier.Text == method && m.ReturnType.ToString() is "string" or "string?"))
        {
            if (declaration.ExpressionBody is { } body) yield return body.Expression;
            foreach (var r in declaration.DescendantNodes().OfType<ReturnStatementSyntax>())
                if (r.Expression is { } e && !e.IsKind(SyntaxKind.NullLiteralExpression)) yield return e;
        }
    }

    private static bool IsLambdaParameterOrOutVariable(SyntaxNode at, string name) =>
        at.Ancestors().OfType<LambdaExpressionSyntax>().Any(l => l switch
        {
            SimpleLambdaExpressionSyntax s => s.Parameter.Identifier.Text == name,
            ParenthesizedLambdaExpressionSyntax p => p.ParameterList.Parameters.Any(x => x.Identifier.Text == name),
            _ => false,
        })
        || at.Ancestors().FirstOrDefault(n => n is MemberDeclarationSyntax)?.DescendantNodes().OfType<ArgumentSyntax>()
            .Any(a => a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) && a.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax d } && d.Identifier.Text == name) == true;

    private static bool IsStringy(ExpressionSyntax e) => Templates(e) is not null;

    private static ExpressionSyntax Unwrap(ExpressionSyntax e) => e switch
    {
        ParenthesizedExpressionSyntax p => Unwrap(p.Expression),
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } n => Unwrap(n.Operand),
        _ => e,
    };

    private static bool IsOutStringParameter(SyntaxNode at, string name) =>
        at.Ancestors().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault()?.ParameterList.Parameters
            .Any(p => p.Identifier.Text == name && p.Modifiers.Any(SyntaxKind.OutKeyword) && p.Type?.ToString() is "string" or "string?") == true;

    /// <summary>The method or local function whose parameter <paramref name="name"/> is, with its position.</summary>
    private static (string Name, int Index, int Count, SyntaxNode? Scope)? Parameter(SyntaxNode at, string name)
    {
        foreach (var ancestor in at.Ancestors())
        {
            var (method, parameters) = ancestor switch
            {
                LocalFunctionStatementSyntax l => (l.Identifier.Text, l.ParameterList.Parameters),
                MethodDeclarationSyntax m => (m.Identifier.Text, m.ParameterList.Parameters),
                ConstructorDeclarationSyntax c => (c.Identifier.Text, c.ParameterList.Parameters),
                _ => (null, default),
            };
            if (method is null) continue;
            var index = parameters.IndexOf(p => p.Identifier.Text == name);
            var scope = ancestor is LocalFunctionStatementSyntax ? ancestor.Parent?.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax) : null;
            return index < 0 ? null : (method, index, parameters.Count, scope);
        }
        return null;
    }

    /// <summary>A piece of a template: literal text, or a hole (null).</summary>
    private readonly record struct Segment(string? Text);

    /// <summary>The templates an expression can produce, or null when it is not one the extractor can read.</summary>
    private static List<List<Segment>>? Templates(ExpressionSyntax e)
    {
        switch (Unwrap(e))
        {
            case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression):
                return [[new Segment(l.Token.ValueText)]];
            case InterpolatedStringExpressionSyntax i:
                // The text of an interpolated string keeps its braces doubled; the segments hold the text as shown.
                return [i.Contents.Select(c => c is InterpolatedStringTextSyntax t
                    ? new Segment(t.TextToken.ValueText.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal))
                    : new Segment(null)).ToList()];
            case ConditionalExpressionSyntax c:
                var whenTrue = Templates(c.WhenTrue);
                var whenFalse = Templates(c.WhenFalse);
                return whenTrue is null && whenFalse is null ? null : [.. whenTrue ?? [], .. whenFalse ?? []];
            case SwitchExpressionSyntax s:
                var arms = s.Arms.Select(a => Templates(a.Expression)).ToList();
                return arms.All(a => a is null) ? null : arms.SelectMany(a => a ?? []).ToList();
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression):
                var left = Templates(b.Left);
                var right = Templates(b.Right);
                if (left is null && right is null) return null;
                return (from x in left ?? [[new Segment(null)]] from y in right ?? [[new Segment(null)]] select x.Concat(y).ToList()).ToList();
            case InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } a } call
                when call.Expression.ToString() is "string.Create" or "Invariant" or "FormattableString.Invariant" or "string.Format":
                return call.Expression.ToString() == "string.Format" ? Templates(a[0].Expression) is { } f ? f : null : Templates(a[^1].Expression);
            default:
                return null;
        }
    }

    /// <summary>The template as a dictionary key: holes numbered in order, braces in the text doubled.</summary>
    private static string Render(List<Segment> segments)
    {
        var key = new StringBuilder();
        var hole = 0;
        foreach (var s in segments)
        {
            if (s.Text is null) key.Append('{').Append(hole++).Append('}');
            else key.Append(segments.Count == 1 ? s.Text : s.Text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        }
        return key.ToString();
    }

    private static string Area(string file)
    {
        var parts = file.Split('/');
        return parts[1] == "Samverka.Kernel" || parts.Length < 4 ? "Kernel" : parts[2];
    }
}
