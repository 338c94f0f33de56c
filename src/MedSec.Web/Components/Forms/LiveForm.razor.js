// Enter in a date field submits its form, as in every other field (LiveForm.razor says why). MudBlazor's picker opens
// its calendar on Enter and keeps the browser from submitting. Listening on the form in the capture phase, before the
// picker hears the key: the typed date is committed first (a change event, as leaving the field does), then the form
// is submitted, and Blazor handles the two in that order.
export function submitOnEnterInDates(form) {
    if (!form || form.dataset.enterInDates) return;
    form.dataset.enterInDates = "true";
    form.addEventListener("keydown", event => {
        if (event.key !== "Enter" || event.isComposing) return;
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || !input.closest(".mud-picker")) return;
        // With its calendar open, Enter is the picker's: it picks the day under the keyboard.
        if (document.querySelector(".mud-popover-open")) return;
        event.preventDefault();
        event.stopPropagation();
        input.dispatchEvent(new Event("change", { bubbles: true }));
        form.requestSubmit();
    }, true);
}
