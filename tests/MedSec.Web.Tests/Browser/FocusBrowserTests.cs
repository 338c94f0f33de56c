using Microsoft.Playwright;
using SkiaSharp;

namespace MedSec.Web.Tests.Browser;

/// <summary>
/// A keyboard user sees where the focus is (WCAG 2.1, 2.4.7): every control Tab reaches looks clearly different focused
/// and not focused. Measured on the pixels, as a reader sees them: MudBlazor's own marks on a button, a link, a panel
/// header or a switch are a tint of a few per cent that no eye finds on the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FocusBrowserTests(BrowserFixture browser)
{
    /// <summary>Pixels that must change strongly: a 2 px ring around the smallest control (a 28 px icon button) is ~200.</summary>
    private const int StrongPixels = 40;

    /// <summary>A change of more than this in one colour channel (of 255) is one an eye sees.</summary>
    private const int StrongChannel = 80;

    // Marks the focused element with its order and returns the box to look at (a control drawn by a sibling, such as the
    // file chooser's hidden input and its button, by that sibling), or null when nothing is focused.
    private const string FocusedBox = """
        n => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            if (e.dataset.focusProbe) return { seen: true };
            e.dataset.focusProbe = String(n);
            let r = e.getBoundingClientRect();
            if (r.width < 4 || r.height < 4) r = (e.nextElementSibling ?? e.parentElement).getBoundingClientRect();
            const what = e.tagName + ' ' + (e.getAttribute('aria-label') || e.innerText || '').trim().slice(0, 40);
            return { seen: false, what, x: r.x, y: r.y, width: r.width, height: r.height };
        }
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/apercu")]
    [InlineData("/comparer")]
    [InlineData("/parcours")]
    [InlineData("/grille-salariale")]
    [InlineData("/donnees")]
    [InlineData("/methodologie")]
    public async Task EveryControlTabReachesShowsItsFocus(string path)
    {
        var page = await browser.OpenAsync(path);
        var unseen = new List<string>();
        var reached = 0;

        for (var n = 0; n < 80; n++)
        {
            await page.Keyboard.PressAsync("Tab");
            var box = await page.EvaluateAsync<FocusBox?>(FocusedBox, n);
            if (box is null) continue;
            if (box.Seen) break;
            reached++;
            var clip = new Clip { X = Math.Max(0, box.X - 6), Y = Math.Max(0, box.Y - 6), Width = box.Width + 12, Height = box.Height + 12 };
            var focused = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
            await page.EvaluateAsync("n => document.querySelector(`[data-focus-probe='${n}']`).blur()", n);
            var blurred = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
            await page.EvaluateAsync("n => document.querySelector(`[data-focus-probe='${n}']`).focus()", n);

            var changed = StronglyChanged(focused, blurred);
            if (changed < StrongPixels) unseen.Add($"{box.What} ({changed} px changed)");
        }

        Assert.True(reached >= 5, $"{path}: Tab reached only {reached} controls.");
        Assert.True(unseen.Count == 0, $"{path}: focus not visible on {unseen.Count} of {reached} controls:\n" + string.Join("\n", unseen));
    }

    private static int StronglyChanged(byte[] a, byte[] b)
    {
        using var first = SKBitmap.Decode(a);
        using var second = SKBitmap.Decode(b);
        var count = 0;
        for (var y = 0; y < Math.Min(first.Height, second.Height); y++)
            for (var x = 0; x < Math.Min(first.Width, second.Width); x++)
            {
                var p = first.GetPixel(x, y);
                var q = second.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) > StrongChannel || Math.Abs(p.Green - q.Green) > StrongChannel || Math.Abs(p.Blue - q.Blue) > StrongChannel)
                    count++;
            }
        return count;
    }

    // Playwright fills the result through a parameterless constructor and settable properties.
    private sealed class FocusBox
    {
        public bool Seen { get; set; }
        public string What { get; set; } = "";
        public float X { get; set; }
        public float Y { get; set; }
        public float Width { get; set; }
        public float Height { get; set; }
    }
}
