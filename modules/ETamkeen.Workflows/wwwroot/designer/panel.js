// The side panel: the selected activity's properties, inputs generated from its descriptor,
// and the keyboard's way to draw transitions (outcome → target, then Connect).
"use strict";
(() => {
    const ns = (window.EtkWorkflowDesigner ??= {});
    const multiline = new Set(["expression:javascript", "expression:liquid", "text[]"]);

    ns.createPanel = (root, model, strings, canvas) => {
        const el = (tag, props = {}, ...children) => {
            const e = Object.assign(document.createElement(tag), props);
            e.append(...children);
            return e;
        };

        // Stored as the runtime reads them: expressions as {"Expression"}, lists as arrays.
        const store = (activity, property, input) => {
            const value = property.type === "boolean" ? input.checked
                : property.type === "text[]" ? input.value.split("\n").map((v) => v.trim()).filter((v) => v.length > 0)
                : property.type.startsWith("expression:") ? { Expression: input.value }
                : input.value;
            activity.Properties[property.name] = value;
        };

        // Typing in one field is one step to undo: the state before its first keystroke is recorded.
        const undoable = (input, apply) => {
            let editing = false;
            input.addEventListener(input.type === "checkbox" ? "change" : "input", () => {
                if (!editing) { model.record(); editing = input.type !== "checkbox"; }
                apply();
            });
            input.addEventListener("blur", () => { editing = false; });
        };

        const field = (activity, property) => {
            const id = "wf-prop-" + property.name;
            const label = el("label", { htmlFor: id }, property.name + (property.required ? " " + strings.requiredMark : ""));
            const value = activity.Properties[property.name];
            let input;
            if (property.type === "boolean") {
                input = el("input", { type: "checkbox", id, checked: value === true || value === "true" });
                undoable(input, () => store(activity, property, input));
                return el("div", { className: "wf-check" }, input, label);
            }
            input = multiline.has(property.type) ? el("textarea", { id, rows: property.type === "text[]" ? 3 : 4 }) : el("input", { type: "text", id });
            input.value = ns.textOf(value);
            input.dir = "ltr";
            if (property.required) { input.required = true; input.setAttribute("aria-required", "true"); }
            const hint = strings.hints[property.type];
            const children = [label, input];
            if (hint) {
                const hintId = id + "-hint";
                input.setAttribute("aria-describedby", hintId);
                children.push(el("p", { className: "hint", id: hintId }, hint));
            }
            // Only the values change while typing; outcomes named by a list redraw the box.
            undoable(input, () => store(activity, property, input));
            input.addEventListener("change", () => { if (model.descriptor(activity)?.outcomesProperty === property.name) { canvas.render(); } });
            return el("div", { className: "wf-field" }, ...children);
        };

        const connect = (activity) => {
            const outcomes = model.outcomes(activity);
            const targets = model.type.Activities.filter((a) => a.ActivityId !== activity.ActivityId);
            const group = el("fieldset", { className: "wf-connect" }, el("legend", {}, strings.connect));
            if (outcomes.length === 0 || targets.length === 0) {
                group.append(el("p", { className: "hint" }, strings.nothingToConnect));
                return group;
            }
            const outcome = el("select", { id: "wf-connect-outcome" }, ...outcomes.map((o) => el("option", { value: o }, o)));
            const target = el("select", { id: "wf-connect-target" }, ...targets.map((a) => el("option", { value: a.ActivityId }, `${a.Name} (${a.ActivityId})`)));
            const button = el("button", { type: "button", id: "wf-connect-button" }, strings.connectButton);
            button.addEventListener("click", () => {
                const targetId = target.value;
                model.connect(activity.ActivityId, outcome.value, targetId);
                document.getElementById("wf-connect-button")?.focus();
            });
            group.append(el("label", { htmlFor: outcome.id }, strings.outcome), outcome, el("label", { htmlFor: target.id }, strings.target), target, button);
            return group;
        };

        const transitions = (activity) => {
            const list = el("ul", { className: "wf-transitions" });
            for (const t of model.type.Transitions.filter((t) => t.SourceActivityId === activity.ActivityId || t.DestinationActivityId === activity.ActivityId)) {
                const text = `${t.SourceActivityId} · ${t.SourceOutcomeName} → ${t.DestinationActivityId}`;
                const remove = el("button", { type: "button", className: "wf-remove-transition" }, strings.deleteTransition);
                remove.setAttribute("aria-label", ns.format(strings.deleteTransitionLabel, text));
                remove.addEventListener("click", () => { model.disconnect(t); document.getElementById("wf-delete-activity")?.focus(); });
                list.append(el("li", {}, el("span", { dir: "ltr" }, text), " ", remove));
            }
            return el("section", {}, el("h3", {}, strings.transitions), list.children.length ? list : el("p", { className: "hint" }, strings.noTransition));
        };

        const render = () => {
            const activity = model.selectedId ? model.activity(model.selectedId) : null;
            if (!activity) {
                const t = model.selectedTransition;
                root.replaceChildren(el("p", { className: "hint" }, t ? ns.format(strings.transitionSelected, `${t.SourceActivityId} · ${t.SourceOutcomeName} → ${t.DestinationActivityId}`) : strings.noSelection));
                return;
            }
            const d = model.descriptor(activity);
            const parts = [el("h3", { id: "wf-panel-activity" }, `${activity.Name} (${activity.ActivityId})`)];
            if (d?.kind === "Event") {
                const start = el("input", { type: "checkbox", id: "wf-is-start", checked: activity.IsStart });
                undoable(start, () => { activity.IsStart = start.checked; canvas.render(); });
                parts.push(el("div", { className: "wf-check" }, start, el("label", { htmlFor: "wf-is-start" }, strings.isStart)));
            }
            (d?.properties ?? []).forEach((p) => parts.push(field(activity, p)));
            parts.push(connect(activity), transitions(activity));
            const remove = el("button", { type: "button", id: "wf-delete-activity", className: "wf-danger" }, strings.deleteActivity);
            remove.addEventListener("click", () => model.remove(activity.ActivityId));
            parts.push(remove);
            root.replaceChildren(...parts);
        };

        model.onChange((what) => { if (what !== "position") { render(); } });
        return { render, undoable };
    };
})();
