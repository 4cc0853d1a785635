// The canvas: a box per activity at its X/Y, its outcomes as handles, transitions as SVG paths.
// Boxes are buttons so that the keyboard reaches them; arrows move the selected one by 10 px.
// Zoom scales the drawing with a CSS transform; every pointer position is divided by it, so the
// model keeps unscaled coordinates whatever the zoom.
"use strict";
(() => {
    const ns = (window.EtkWorkflowDesigner ??= {});
    const svgNs = "http://www.w3.org/2000/svg";
    const step = 10;
    const zooms = [0.5, 0.75, 1, 1.25, 1.5, 2];

    ns.createCanvas = (root, model, strings) => {
        // The stage has the scaled size, so that the canvas scrolls over what is shown.
        const stage = document.createElement("div");
        stage.className = "wf-stage";
        const scaled = document.createElement("div");
        scaled.className = "wf-zoom";
        stage.append(scaled);
        root.append(stage);
        const svg = document.createElementNS(svgNs, "svg");
        svg.classList.add("wf-lines");
        svg.setAttribute("aria-hidden", "true");
        scaled.append(svg);
        const layer = document.createElement("div");
        layer.className = "wf-nodes";
        scaled.append(layer);
        let problems = [];
        let zoom = 1;
        const zoomListeners = [];

        const nodeOf = (id) => layer.querySelector(`.wf-node[data-activity-id="${CSS.escape(id)}"]`);
        // A point of the screen in the drawing's own (unscaled) coordinates.
        const toCanvas = (clientX, clientY) => {
            const rect = root.getBoundingClientRect();
            return { x: (clientX - rect.left + root.scrollLeft) / zoom, y: (clientY - rect.top + root.scrollTop) / zoom };
        };
        const point = (event) => toCanvas(event.clientX, event.clientY);

        const renderNode = (activity) => {
            const node = document.createElement("div");
            node.className = "wf-node";
            node.dataset.activityId = activity.ActivityId;
            const d = model.descriptor(activity);
            node.classList.add(d?.kind === "Event" ? "wf-event" : "wf-task");
            const box = document.createElement("button");
            box.type = "button";
            box.className = "wf-box";
            box.setAttribute("aria-pressed", String(model.selectedId === activity.ActivityId));
            const title = document.createElement("span");
            title.className = "wf-box-name";
            title.textContent = activity.Name;
            const id = document.createElement("span");
            id.className = "wf-box-id";
            id.textContent = activity.ActivityId + (activity.IsStart ? " · " + strings.start : "");
            box.append(title, id);
            node.append(box);
            const outcomes = document.createElement("div");
            outcomes.className = "wf-outcomes";
            for (const outcome of model.outcomes(activity)) {
                const handle = document.createElement("span");
                handle.className = "wf-outcome";
                handle.dataset.outcome = outcome;
                handle.title = ns.format(strings.dragToConnect, outcome);
                handle.textContent = outcome;
                outcomes.append(handle);
            }
            node.append(outcomes);
            const own = problems.filter((p) => p.activityId === activity.ActivityId);
            if (own.length > 0) {
                node.classList.add(own.some((p) => p.severity === "error") ? "wf-has-error" : "wf-has-warning");
                const list = document.createElement("ul");
                list.className = "wf-node-problems";
                own.forEach((p) => { const li = document.createElement("li"); li.textContent = p.message; list.append(li); });
                node.append(list);
            }
            node.style.left = activity.X + "px";
            node.style.top = activity.Y + "px";
            wireDrag(node, box, activity);
            return node;
        };

        const wireDrag = (node, box, activity) => {
            box.addEventListener("pointerdown", (event) => {
                if (event.button !== 0) { return; }
                const start = point(event);
                const origin = { x: activity.X, y: activity.Y };
                const before = model.snapshot();
                model.selectedId = activity.ActivityId;
                model.selectedTransition = null;
                box.setPointerCapture(event.pointerId);
                const moveTo = (e) => {
                    const p = point(e);
                    activity.X = Math.max(0, Math.round(origin.x + p.x - start.x));
                    activity.Y = Math.max(0, Math.round(origin.y + p.y - start.y));
                    node.style.left = activity.X + "px";
                    node.style.top = activity.Y + "px";
                    drawLines();
                };
                const end = () => {
                    box.removeEventListener("pointermove", moveTo);
                    box.removeEventListener("pointerup", end);
                    if (activity.X !== origin.x || activity.Y !== origin.y) { model.record(before); }
                    model.changed("selection");
                    nodeOf(activity.ActivityId)?.querySelector(".wf-box")?.focus();
                };
                box.addEventListener("pointermove", moveTo);
                box.addEventListener("pointerup", end);
            });
            box.addEventListener("keydown", (event) => {
                const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
                if (moves[event.key]) {
                    event.preventDefault();
                    model.selectedId = activity.ActivityId;
                    const [dx, dy] = moves[event.key];
                    model.move(activity.ActivityId, activity.X + dx, activity.Y + dy);
                    nodeOf(activity.ActivityId)?.querySelector(".wf-box")?.focus();
                } else if (event.key === "Delete") {
                    event.preventDefault();
                    model.remove(activity.ActivityId);
                    root.focus();
                } else if (event.key === "Enter" || event.key === " ") {
                    model.selectedId = activity.ActivityId;
                    model.changed("selection");
                }
            });
        };

        // Drawing a transition: from an outcome handle to any other box.
        layer.addEventListener("pointerdown", (event) => {
            const handle = event.target.closest(".wf-outcome");
            if (!handle || event.button !== 0) { return; }
            event.preventDefault();
            const sourceId = handle.closest(".wf-node").dataset.activityId;
            const from = anchorOf(handle);
            const line = document.createElementNS(svgNs, "line");
            line.classList.add("wf-drawing");
            line.setAttribute("x1", from.x);
            line.setAttribute("y1", from.y);
            svg.append(line);
            const follow = (e) => { const p = point(e); line.setAttribute("x2", p.x); line.setAttribute("y2", p.y); };
            follow(event);
            const drop = (e) => {
                document.removeEventListener("pointermove", follow);
                document.removeEventListener("pointerup", drop);
                line.remove();
                const target = document.elementFromPoint(e.clientX, e.clientY)?.closest(".wf-node");
                if (target) { model.connect(sourceId, handle.dataset.outcome, target.dataset.activityId); }
            };
            document.addEventListener("pointermove", follow);
            document.addEventListener("pointerup", drop);
        });

        const anchorOf = (handle) => {
            const h = handle.getBoundingClientRect();
            return toCanvas(h.right, h.top + h.height / 2);
        };

        const drawLines = () => {
            svg.querySelectorAll(".wf-transition").forEach((p) => p.remove());
            for (const transition of model.type.Transitions) {
                const source = nodeOf(transition.SourceActivityId);
                const target = nodeOf(transition.DestinationActivityId);
                const handle = source?.querySelector(`.wf-outcome[data-outcome="${CSS.escape(transition.SourceOutcomeName)}"]`);
                if (!source || !target) { continue; }
                const from = handle ? anchorOf(handle) : { x: source.offsetLeft + source.offsetWidth, y: source.offsetTop + source.offsetHeight / 2 };
                const t = target.getBoundingClientRect();
                const to = toCanvas(t.left, t.top + 20 * zoom);
                const bend = Math.max(40, Math.abs(to.x - from.x) / 2);
                const path = document.createElementNS(svgNs, "path");
                path.classList.add("wf-transition");
                path.classList.toggle("wf-selected", model.selectedTransition === transition);
                path.setAttribute("d", `M ${from.x} ${from.y} C ${from.x + bend} ${from.y}, ${to.x - bend} ${to.y}, ${to.x} ${to.y}`);
                path.setAttribute("marker-end", "url(#wf-arrow)");
                path.addEventListener("click", () => { model.selectedTransition = transition; model.selectedId = null; model.changed("selection"); });
                svg.append(path);
            }
        };

        const render = () => {
            layer.replaceChildren(...model.type.Activities.map(renderNode));
            const width = Math.max(900, ...model.type.Activities.map((a) => a.X + 320));
            const height = Math.max(500, ...model.type.Activities.map((a) => a.Y + 220));
            layer.style.width = svg.style.width = width + "px";
            layer.style.height = svg.style.height = height + "px";
            stage.style.width = width * zoom + "px";
            stage.style.height = height * zoom + "px";
            scaled.style.transform = `scale(${zoom})`;
            svg.setAttribute("width", width);
            svg.setAttribute("height", height);
            if (!svg.querySelector("marker")) {
                svg.insertAdjacentHTML("afterbegin", '<defs><marker id="wf-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>');
            }
            drawLines();
        };

        // The point under (clientX, clientY), or the middle of the view, stays where it is.
        const setZoom = (value, clientX, clientY) => {
            const next = Math.min(zooms.at(-1), Math.max(zooms[0], value));
            if (next === zoom) { return; }
            const rect = root.getBoundingClientRect();
            const offset = { x: clientX === undefined ? root.clientWidth / 2 : clientX - rect.left, y: clientY === undefined ? root.clientHeight / 2 : clientY - rect.top };
            const fixed = { x: (root.scrollLeft + offset.x) / zoom, y: (root.scrollTop + offset.y) / zoom };
            zoom = next;
            render();
            root.scrollLeft = fixed.x * zoom - offset.x;
            root.scrollTop = fixed.y * zoom - offset.y;
            zoomListeners.forEach((l) => l(zoom));
        };
        const zoomBy = (direction, clientX, clientY) => {
            const next = direction > 0 ? zooms.find((z) => z > zoom) : zooms.findLast((z) => z < zoom);
            if (next !== undefined) { setZoom(next, clientX, clientY); }
        };
        root.addEventListener("wheel", (event) => {
            if (!event.ctrlKey) { return; }
            event.preventDefault();
            zoomBy(event.deltaY < 0 ? 1 : -1, event.clientX, event.clientY);
        }, { passive: false });

        model.onChange(render);
        return {
            render,
            showProblems(list) { problems = list; render(); },
            focus(id) { nodeOf(id)?.querySelector(".wf-box")?.focus(); },
            zoomIn() { zoomBy(1); },
            zoomOut() { zoomBy(-1); },
            resetZoom() { setZoom(1); },
            get zoom() { return zoom; },
            get minZoom() { return zooms[0]; },
            get maxZoom() { return zooms.at(-1); },
            onZoom(listener) { zoomListeners.push(listener); },
        };
    };

    ns.format = (text, ...args) => args.reduce((s, a, i) => s.replace("{" + i + "}", a), text);
})();
