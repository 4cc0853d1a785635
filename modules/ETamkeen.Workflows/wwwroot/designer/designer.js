// Boots the designer from the page's data attributes (the type, the descriptors, the strings),
// wires the form and the palette, and saves: a quick check here, then the server's, which decides.
"use strict";
(() => {
    const ns = window.EtkWorkflowDesigner;
    const root = document.getElementById("wf-designer");
    if (!root || !ns) { return; }

    const strings = JSON.parse(root.dataset.strings);
    const type = JSON.parse(root.dataset.type);
    type.Activities ??= [];
    type.Transitions ??= [];
    const model = ns.createModel(type, JSON.parse(root.dataset.activities));
    const canvasRoot = document.getElementById("wf-canvas");
    const canvas = ns.createCanvas(canvasRoot, model, strings);
    const panel = ns.createPanel(document.getElementById("wf-panel-body"), model, strings, canvas);
    const status = document.getElementById("wf-status");
    const problemList = document.getElementById("wf-problems");

    const fields = { Name: "wf-name", IsEnabled: "wf-enabled", IsSingleton: "wf-singleton", DeleteFinishedWorkflows: "wf-delete-finished" };
    const showFields = () => {
        for (const [key, id] of Object.entries(fields)) {
            const input = document.getElementById(id);
            if (input.type === "checkbox") { input.checked = type[key] === true; } else { input.value = type[key] ?? ""; }
        }
    };
    for (const [key, id] of Object.entries(fields)) {
        const input = document.getElementById(id);
        panel.undoable(input, () => { type[key] = input.type === "checkbox" ? input.checked : input.value; });
    }
    showFields();
    model.onChange((what) => { if (what === "restore") { showFields(); } });

    // Undo and redo: buttons, and Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) outside text fields, which keep their own.
    const undoButton = document.getElementById("wf-undo");
    const redoButton = document.getElementById("wf-redo");
    const showHistory = () => { undoButton.disabled = !model.canUndo(); redoButton.disabled = !model.canRedo(); };
    model.onHistory(showHistory);
    showHistory();
    const step = (back) => {
        const inCanvas = canvasRoot.contains(document.activeElement);
        if (back ? model.undo() : model.redo()) {
            status.textContent = back ? strings.undone : strings.redone;
            if (inCanvas) { model.selectedId ? canvas.focus(model.selectedId) : canvasRoot.focus(); }
        }
    };
    undoButton.addEventListener("click", () => step(true));
    redoButton.addEventListener("click", () => step(false));
    document.addEventListener("keydown", (event) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.target.closest("input[type=text], textarea")) { return; }
        const key = event.key.toLowerCase();
        if (key === "z" || key === "y") {
            event.preventDefault();
            step(key === "z" && !event.shiftKey);
        }
    });

    // Zoom: buttons, and Ctrl+wheel over the canvas (the canvas handles that one).
    const zoomLevel = document.getElementById("wf-zoom-level");
    const zoomIn = document.getElementById("wf-zoom-in");
    const zoomOut = document.getElementById("wf-zoom-out");
    const showZoom = (zoom) => {
        zoomLevel.textContent = ns.format(strings.zoomLevel, Math.round(zoom * 100));
        zoomIn.disabled = zoom >= canvas.maxZoom;
        zoomOut.disabled = zoom <= canvas.minZoom;
    };
    canvas.onZoom(showZoom);
    showZoom(canvas.zoom);
    zoomIn.addEventListener("click", () => canvas.zoomIn());
    zoomOut.addEventListener("click", () => canvas.zoomOut());
    document.getElementById("wf-zoom-reset").addEventListener("click", () => canvas.resetZoom());

    // A new box goes below the lowest one, so it never hides another.
    document.querySelectorAll("[data-add-activity]").forEach((button) => button.addEventListener("click", () => {
        const y = type.Activities.length ? Math.max(...type.Activities.map((a) => a.Y)) + 160 : 20;
        const activity = model.add(button.dataset.addActivity, 20 + (type.Activities.length % 3) * 40, y);
        canvas.focus(activity.ActivityId);
    }));

    // Delete removes what is selected, unless someone is typing in a field.
    document.addEventListener("keydown", (event) => {
        if (event.key !== "Delete" || event.target.closest("input, textarea, select")) { return; }
        if (model.selectedTransition) { model.disconnect(model.selectedTransition); event.preventDefault(); }
    });

    const showProblems = (problems, headline) => {
        canvas.showProblems(problems);
        const items = problems.map((p) => {
            const activity = p.activityId ? model.activity(p.activityId) : null;
            const li = document.createElement("li");
            li.className = "wf-" + p.severity;
            const label = p.severity === "error" ? strings.error : strings.warning;
            li.textContent = `${label} — ${activity ? `${activity.Name} (${activity.ActivityId}): ` : ""}${p.message}`;
            return li;
        });
        problemList.replaceChildren(...items);
        status.textContent = headline;
    };

    document.getElementById("wf-save").addEventListener("click", async () => {
        const local = ns.check(model, strings);
        if (local.some((p) => p.severity === "error")) {
            showProblems(local, strings.notSaved);
            return;
        }
        status.textContent = strings.saving;
        // The version this page drew from: the server refuses the save if someone saved a newer one.
        const version = root.dataset.version ? `?version=${encodeURIComponent(root.dataset.version)}` : "";
        const response = await fetch(root.dataset.saveUrl + version, {
            method: "POST",
            headers: { "Content-Type": "application/json", RequestVerificationToken: root.querySelector("input[name=__RequestVerificationToken]").value },
            body: JSON.stringify(type),
            credentials: "same-origin",
        });
        const answer = await response.json().catch(() => ({ title: strings.failed, problems: [] }));
        if (!response.ok) {
            showProblems(answer.problems ?? [], answer.title ?? strings.failed);
            return;
        }
        type.WorkflowTypeId = answer.workflowTypeId;
        root.dataset.workflowTypeId = answer.workflowTypeId;
        root.dataset.version = answer.version;
        if (answer.designerUrl && location.pathname !== answer.designerUrl) { history.replaceState(null, "", answer.designerUrl); }
        showProblems(answer.problems ?? [], answer.message);
    });

    canvas.render();
    model.changed("selection");
})();
