// The workflow being drawn, in Orchard's WorkflowType shape, and what the designer checks
// before posting it. The server checks again and decides; this only answers faster.
"use strict";
(() => {
    const ns = (window.EtkWorkflowDesigner ??= {});

    ns.createModel = (type, descriptors) => {
        const byName = new Map(descriptors.map((d) => [d.name, d]));
        // Undo keeps whole snapshots of the type: small, and every kind of change undoes alike.
        const undoStack = [];
        const redoStack = [];
        const historyListeners = [];
        const historyChanged = () => historyListeners.forEach((l) => l());
        const restore = (json) => {
            const id = type.WorkflowTypeId;
            Object.keys(type).forEach((key) => { delete type[key]; });
            Object.assign(type, JSON.parse(json));
            // A type saved meanwhile stays that type: undo changes the drawing, not which workflow it is.
            type.WorkflowTypeId = id;
            model.selectedTransition = null;
            if (model.selectedId && !model.activity(model.selectedId)) { model.selectedId = null; }
            model.changed("restore");
            historyChanged();
        };
        const model = {
            type,
            byName,
            selectedId: null,
            selectedTransition: null,
            listeners: [],
            onChange(listener) { model.listeners.push(listener); },
            changed(what) { model.listeners.forEach((l) => l(what)); },
            activity(id) { return type.Activities.find((a) => a.ActivityId === id) ?? null; },

            snapshot() { return JSON.stringify(type); },
            // Called before a change, with the state to go back to (now, unless the change began earlier, as a drag).
            record(before = model.snapshot()) {
                if (undoStack.at(-1) === before) { return; }
                undoStack.push(before);
                if (undoStack.length > 200) { undoStack.shift(); }
                redoStack.length = 0;
                historyChanged();
            },
            canUndo() { return undoStack.length > 0; },
            canRedo() { return redoStack.length > 0; },
            undo() {
                if (!undoStack.length) { return false; }
                redoStack.push(model.snapshot());
                restore(undoStack.pop());
                return true;
            },
            redo() {
                if (!redoStack.length) { return false; }
                undoStack.push(model.snapshot());
                restore(redoStack.pop());
                return true;
            },
            onHistory(listener) { historyListeners.push(listener); },
            descriptor(activity) { return byName.get(activity.Name) ?? null; },

            // A script's, a fork's or a user task's outcomes are one of its list properties.
            outcomes(activity) {
                const d = model.descriptor(activity);
                if (!d) { return []; }
                if (d.outcomesProperty) { return ns.listOf(activity.Properties[d.outcomesProperty]); }
                return d.outcomes;
            },

            add(name, x, y) {
                let n = type.Activities.length + 1;
                while (model.activity("activity" + n)) { n++; }
                const activity = { ActivityId: "activity" + n, Name: name, X: Math.round(x), Y: Math.round(y), IsStart: false, Properties: {} };
                model.record();
                type.Activities.push(activity);
                model.selectedId = activity.ActivityId;
                model.changed("structure");
                return activity;
            },

            remove(id) {
                model.record();
                type.Activities = type.Activities.filter((a) => a.ActivityId !== id);
                type.Transitions = type.Transitions.filter((t) => t.SourceActivityId !== id && t.DestinationActivityId !== id);
                if (model.selectedId === id) { model.selectedId = null; }
                model.changed("structure");
            },

            connect(sourceId, outcome, destinationId) {
                if (!sourceId || !destinationId || sourceId === destinationId) { return false; }
                const exists = type.Transitions.some((t) => t.SourceActivityId === sourceId && t.SourceOutcomeName === outcome && t.DestinationActivityId === destinationId);
                if (!exists) {
                    model.record();
                    type.Transitions.push({ SourceActivityId: sourceId, SourceOutcomeName: outcome, DestinationActivityId: destinationId });
                    model.changed("structure");
                }
                return !exists;
            },

            disconnect(transition) {
                model.record();
                type.Transitions = type.Transitions.filter((t) => t !== transition);
                if (model.selectedTransition === transition) { model.selectedTransition = null; }
                model.changed("structure");
            },

            move(id, x, y) {
                const activity = model.activity(id);
                model.record();
                activity.X = Math.max(0, Math.round(x));
                activity.Y = Math.max(0, Math.round(y));
                model.changed("position");
            },
        };
        return model;
    };

    // Values are a string, Orchard's {"Expression": "..."}, a list, or a boolean.
    ns.textOf = (value) => {
        if (value == null) { return ""; }
        if (typeof value === "object" && !Array.isArray(value)) { return value.Expression ?? ""; }
        if (Array.isArray(value)) { return value.join("\n"); }
        return String(value);
    };

    ns.listOf = (value) => {
        if (Array.isArray(value)) { return value.map((v) => String(v).trim()).filter((v) => v.length > 0); }
        if (typeof value === "string") { return value.split(",").map((v) => v.trim()).filter((v) => v.length > 0); }
        return [];
    };

    ns.isEmpty = (property, value) => {
        if (property.type === "boolean") { return false; }
        if (property.type === "text[]") { return ns.listOf(value).length === 0; }
        return ns.textOf(value).trim().length === 0;
    };

    // The same rules as the server's, less the parsers: required values, a start, reachability, dangling outcomes.
    ns.check = (model, strings) => {
        const problems = [];
        const { type } = model;
        const format = ns.format;
        if (!type.Name.trim()) { problems.push({ activityId: null, severity: "error", message: strings.nameRequired }); }
        for (const activity of type.Activities) {
            const d = model.descriptor(activity);
            if (!d) { problems.push({ activityId: activity.ActivityId, severity: "error", message: format(strings.unknown, activity.Name) }); continue; }
            for (const p of d.properties.filter((p) => p.required && ns.isEmpty(p, activity.Properties[p.name]))) {
                problems.push({ activityId: activity.ActivityId, severity: "error", message: format(strings.required, p.name) });
            }
        }
        const starts = type.Activities.filter((a) => a.IsStart && model.descriptor(a)?.kind === "Event").map((a) => a.ActivityId);
        if (starts.length === 0) { problems.push({ activityId: null, severity: "error", message: strings.noStart }); }
        const reached = new Set(starts);
        const queue = [...starts];
        while (queue.length > 0) {
            const id = queue.shift();
            for (const t of type.Transitions.filter((t) => t.SourceActivityId === id && !reached.has(t.DestinationActivityId))) {
                reached.add(t.DestinationActivityId);
                queue.push(t.DestinationActivityId);
            }
        }
        for (const activity of type.Activities) {
            if (!reached.has(activity.ActivityId)) {
                problems.push({ activityId: activity.ActivityId, severity: "error", message: format(strings.unreachable, activity.Name) });
            }
            for (const outcome of model.outcomes(activity)) {
                if (!type.Transitions.some((t) => t.SourceActivityId === activity.ActivityId && t.SourceOutcomeName === outcome)) {
                    problems.push({ activityId: activity.ActivityId, severity: "warning", message: format(strings.dangling, outcome) });
                }
            }
        }
        return problems;
    };
})();
