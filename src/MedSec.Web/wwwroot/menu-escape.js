// Escape closes the menu where it lies over the page, as a click beside it does, and gives the focus back to the button
// that opened it (WAI-ARIA's dialog pattern). On a phone MudBlazor's responsive drawer is a temporary one, over the page
// with an overlay, and has no Escape of its own; on a laptop it is docked beside the page, with no overlay, and stays.
document.addEventListener("keydown", event => {
    if (event.key !== "Escape" || event.isComposing) return;
    const overlay = document.querySelector(".mud-drawer-overlay--open");
    if (!overlay) return;
    // A dialog or an open list takes its own Escape first.
    if (document.querySelector(".mud-dialog-container, .mud-popover-open")) return;
    overlay.click();
    document.querySelector(".mud-appbar [data-menu-button]")?.focus();
});
