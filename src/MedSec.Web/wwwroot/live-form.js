// Enter in a date field submits its form, as in every other field (Components/Forms/LiveForm.razor says why). MudBlazor's
// picker opens its calendar on Enter and keeps the browser from submitting. Listening on the document in the capture
// phase, before the picker hears the key: the typed date is committed first (a change event, as leaving the field does),
// then the form is submitted, and Blazor handles the two in that order. A plain script loaded with the page, not a module
// imported once the circuit is live: a reader who types a date and presses Enter at once is not too quick for it.
document.addEventListener("keydown", event => {
    if (event.key !== "Enter" || event.isComposing) return;
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.closest(".mud-picker")) return;
    // Only a live form (LiveForm marks it): a prerendered one has no handler, and would be posted by the browser.
    const form = input.closest("form[data-live-form]");
    if (!form) return;
    // With its calendar open, Enter is the picker's: it picks the day under the keyboard.
    if (document.querySelector(".mud-popover-open")) return;
    event.preventDefault();
    event.stopPropagation();
    input.dispatchEvent(new Event("change", { bubbles: true }));
    form.requestSubmit();
}, true);
