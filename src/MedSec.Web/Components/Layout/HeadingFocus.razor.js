// Focuses the page's heading (HeadingFocus.razor says why). On the first load, only when nothing in the page has the
// focus yet: a field the reader clicked while the page went live keeps it, and every key typed into it.
export function focusHeading(selector, firstLoad) {
    if (firstLoad && document.activeElement && document.activeElement !== document.body) return;
    const heading = document.querySelector(selector);
    if (!heading) return;
    // As Blazor's FocusOnNavigate: a heading is not focusable until given a tabindex.
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
}
