// The area boundary editor on /admin/areas/{id}: draw and move the corners of an area's outline on a plain SVG
// map (no outside tiles: the portal works with no internet), with the other areas' outlines for reference.
// It writes a GeoJSON Polygon into the form's boundary field, which stays the source of truth: without
// JavaScript, or for a MultiPolygon, the field is edited as text and checked on save as before.
(function () {
    "use strict";

    var root = document.getElementById("boundary-editor");
    if (!root) {
        return;
    }
    var field = document.getElementById(root.getAttribute("data-field"));
    if (!field) {
        return;
    }

    var SVG = "http://www.w3.org/2000/svg";
    var WIDTH = 600, HEIGHT = 400, PAD = 24;
    // West Memphis, for a first outline when no area has one yet.
    var CITY = { west: -90.23, east: -90.12, south: 35.12, north: 35.18 };

    var others = [];
    try {
        others = JSON.parse((document.getElementById("area-outlines") || {}).textContent || "[]");
    } catch (e) {
        others = [];
    }

    var corners = [];     // [lon, lat]
    var history = [];     // earlier corner lists, for Undo
    var selected = -1;
    var multi = false;

    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
    svg.setAttribute("class", "boundary-map");
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", "Map of the area's outline. Click or tap on the map to add a corner; drag a corner, or focus it and use the arrow keys, to move it; Delete removes it.");
    var backdrop = document.createElementNS(SVG, "rect");
    backdrop.setAttribute("x", "0");
    backdrop.setAttribute("y", "0");
    backdrop.setAttribute("width", String(WIDTH));
    backdrop.setAttribute("height", String(HEIGHT));
    backdrop.setAttribute("class", "boundary-backdrop");
    svg.appendChild(backdrop);
    var reference = document.createElementNS(SVG, "g");
    var shape = document.createElementNS(SVG, "polygon");
    shape.setAttribute("class", "boundary-shape");
    var handles = document.createElementNS(SVG, "g");
    svg.appendChild(reference);
    svg.appendChild(shape);
    svg.appendChild(handles);
    root.querySelector(".boundary-canvas").appendChild(svg);
    var summary = root.querySelector(".boundary-summary");

    function ringOf(geometry) {
        if (!geometry) {
            return null;
        }
        if (geometry.type === "Polygon" && geometry.coordinates && geometry.coordinates[0]) {
            return geometry.coordinates[0];
        }
        if (geometry.type === "MultiPolygon" && geometry.coordinates && geometry.coordinates[0]) {
            return geometry.coordinates[0][0];
        }
        return null;
    }

    function parse(text) {
        if (!text || !text.trim()) {
            return { corners: [], multi: false };
        }
        try {
            var g = JSON.parse(text);
            if (g && g.type === "Feature") {
                g = g.geometry;
            }
            if (g && g.type === "MultiPolygon" && g.coordinates && g.coordinates.length > 1) {
                return { corners: null, multi: true };
            }
            var ring = ringOf(g);
            if (!ring) {
                return { corners: null, multi: false };
            }
            var list = ring.map(function (p) { return [Number(p[0]), Number(p[1])]; });
            if (list.length > 1 && list[0][0] === list[list.length - 1][0] && list[0][1] === list[list.length - 1][1]) {
                list.pop();
            }
            return { corners: list, multi: false };
        } catch (e) {
            return { corners: null, multi: false };
        }
    }

    // The map's extent: every outline known, with a margin, and never smaller than a few blocks.
    var view = (function () {
        var points = [];
        others.forEach(function (o) {
            var r = parse(o.geoJson);
            (r.corners || []).forEach(function (p) { points.push(p); });
        });
        (parse(field.value).corners || []).forEach(function (p) { points.push(p); });
        var box = points.length === 0 ? CITY : points.reduce(function (b, p) {
            return { west: Math.min(b.west, p[0]), east: Math.max(b.east, p[0]), south: Math.min(b.south, p[1]), north: Math.max(b.north, p[1]) };
        }, { west: points[0][0], east: points[0][0], south: points[0][1], north: points[0][1] });
        var midLat = (box.south + box.north) / 2;
        var kx = Math.cos(midLat * Math.PI / 180);
        var w = Math.max((box.east - box.west) * kx, 0.01) * 1.2;
        var h = Math.max(box.north - box.south, 0.01) * 1.2;
        var scale = Math.min((WIDTH - 2 * PAD) / w, (HEIGHT - 2 * PAD) / h);
        var cx = (box.west + box.east) / 2, cy = midLat;
        return { kx: kx, scale: scale, cx: cx, cy: cy };
    })();

    function toScreen(p) {
        return [WIDTH / 2 + (p[0] - view.cx) * view.kx * view.scale, HEIGHT / 2 - (p[1] - view.cy) * view.scale];
    }

    function toMap(x, y) {
        var lon = view.cx + (x - WIDTH / 2) / (view.kx * view.scale);
        var lat = view.cy - (y - HEIGHT / 2) / view.scale;
        return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
    }

    function svgPoint(event) {
        var rect = svg.getBoundingClientRect();
        return [(event.clientX - rect.left) * WIDTH / rect.width, (event.clientY - rect.top) * HEIGHT / rect.height];
    }

    function points(list) {
        return list.map(function (p) { var s = toScreen(p); return s[0].toFixed(1) + "," + s[1].toFixed(1); }).join(" ");
    }

    function drawReference() {
        others.forEach(function (o) {
            var r = parse(o.geoJson);
            if (!r.corners || r.corners.length < 3) {
                return;
            }
            var outline = document.createElementNS(SVG, "polygon");
            outline.setAttribute("points", points(r.corners));
            outline.setAttribute("class", "boundary-other");
            var title = document.createElementNS(SVG, "title");
            title.textContent = o.name;
            outline.appendChild(title);
            reference.appendChild(outline);
            var c = r.corners.reduce(function (a, p) { return [a[0] + p[0] / r.corners.length, a[1] + p[1] / r.corners.length]; }, [0, 0]);
            var s = toScreen(c);
            var label = document.createElementNS(SVG, "text");
            label.setAttribute("x", s[0].toFixed(1));
            label.setAttribute("y", s[1].toFixed(1));
            label.setAttribute("class", "boundary-other-label");
            label.setAttribute("text-anchor", "middle");
            label.textContent = o.name;
            reference.appendChild(label);
        });
    }

    function describe(i) {
        return "Corner " + (i + 1) + " of " + corners.length + ": latitude " + corners[i][1].toFixed(5) + ", longitude " + corners[i][0].toFixed(5);
    }

    function draw() {
        shape.setAttribute("points", points(corners));
        while (handles.firstChild) {
            handles.removeChild(handles.firstChild);
        }
        corners.forEach(function (p, i) {
            var s = toScreen(p);
            var handle = document.createElementNS(SVG, "circle");
            handle.setAttribute("cx", s[0].toFixed(1));
            handle.setAttribute("cy", s[1].toFixed(1));
            handle.setAttribute("r", "9");
            handle.setAttribute("tabindex", "0");
            handle.setAttribute("role", "button");
            handle.setAttribute("aria-label", describe(i) + ". Arrow keys move it; Delete removes it.");
            handle.setAttribute("class", "boundary-corner" + (i === selected ? " is-selected" : ""));
            handle.setAttribute("data-index", String(i));
            handles.appendChild(handle);
        });
        summary.textContent = corners.length === 0
            ? "No outline yet. Click or tap on the map to place the first corner."
            : corners.length < 3
                ? corners.length + (corners.length === 1 ? " corner" : " corners") + ": an outline needs at least 3."
                : corners.length + " corners.";
        root.querySelector("[data-action=undo]").disabled = history.length === 0;
        root.querySelector("[data-action=clear]").disabled = corners.length === 0;
    }

    function write() {
        if (corners.length === 0) {
            field.value = "";
            return;
        }
        var ring = corners.map(function (p) { return [p[0], p[1]]; });
        ring.push([corners[0][0], corners[0][1]]);
        field.value = JSON.stringify({ type: "Polygon", coordinates: [ring] });
    }

    function remember() {
        history.push(corners.map(function (p) { return [p[0], p[1]]; }));
        if (history.length > 100) {
            history.shift();
        }
    }

    function change(focusIndex) {
        write();
        draw();
        if (focusIndex !== undefined && focusIndex >= 0) {
            var handle = handles.querySelector("[data-index='" + focusIndex + "']");
            if (handle) {
                handle.focus();
            }
        }
    }

    // Where a new corner goes: after the edge it is nearest to, so clicking beside an edge bends that edge.
    function insertAt(p) {
        if (corners.length < 3) {
            return corners.length;
        }
        var s = toScreen(p), best = corners.length, bestDistance = Infinity;
        for (var i = 0; i < corners.length; i++) {
            var a = toScreen(corners[i]), b = toScreen(corners[(i + 1) % corners.length]);
            var dx = b[0] - a[0], dy = b[1] - a[1];
            var t = Math.max(0, Math.min(1, ((s[0] - a[0]) * dx + (s[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
            var d = Math.hypot(s[0] - (a[0] + t * dx), s[1] - (a[1] + t * dy));
            if (d < bestDistance) {
                bestDistance = d;
                best = i + 1;
            }
        }
        return best;
    }

    function locked() {
        return root.classList.contains("is-unavailable");
    }

    var dragging = -1, moved = false;
    svg.addEventListener("pointerdown", function (event) {
        if (locked()) {
            return;
        }
        var index = event.target.getAttribute && event.target.getAttribute("data-index");
        if (index !== null && index !== undefined) {
            remember();
            dragging = Number(index);
            selected = dragging;
            moved = false;
            svg.setPointerCapture(event.pointerId);
            event.preventDefault();
        }
    });
    svg.addEventListener("pointermove", function (event) {
        if (dragging < 0) {
            return;
        }
        var s = svgPoint(event);
        corners[dragging] = toMap(Math.max(0, Math.min(WIDTH, s[0])), Math.max(0, Math.min(HEIGHT, s[1])));
        moved = true;
        shape.setAttribute("points", points(corners));
        var handle = handles.querySelector("[data-index='" + dragging + "']");
        var p = toScreen(corners[dragging]);
        handle.setAttribute("cx", p[0].toFixed(1));
        handle.setAttribute("cy", p[1].toFixed(1));
    });
    svg.addEventListener("pointerup", function (event) {
        if (locked()) {
            return;
        }
        if (dragging >= 0) {
            var index = dragging;
            dragging = -1;
            if (!moved) {
                history.pop();
            }
            change(index);
            return;
        }
        if (event.target.getAttribute && event.target.getAttribute("data-index") !== null) {
            return;
        }
        var s = svgPoint(event);
        var p = toMap(s[0], s[1]);
        remember();
        var at = insertAt(p);
        corners.splice(at, 0, p);
        selected = at;
        change();
    });

    svg.addEventListener("keydown", function (event) {
        if (locked()) {
            return;
        }
        var index = event.target.getAttribute && event.target.getAttribute("data-index");
        if (index === null || index === undefined) {
            return;
        }
        var i = Number(index);
        var step = (event.shiftKey ? 20 : 4) / view.scale;
        var d = { ArrowLeft: [-step / view.kx, 0], ArrowRight: [step / view.kx, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[event.key];
        if (d) {
            remember();
            corners[i] = [Math.round((corners[i][0] + d[0]) * 1e6) / 1e6, Math.round((corners[i][1] + d[1]) * 1e6) / 1e6];
            selected = i;
            change(i);
            event.preventDefault();
        } else if (event.key === "Delete" || event.key === "Backspace") {
            remember();
            corners.splice(i, 1);
            selected = -1;
            change(Math.min(i, corners.length - 1));
            event.preventDefault();
        }
    });

    root.querySelector("[data-action=add]").addEventListener("click", function () {
        if (locked()) {
            return;
        }
        // A corner by keyboard: halfway along the last edge, or at the map's centre for the first one.
        remember();
        var p;
        if (corners.length === 0) {
            p = toMap(WIDTH / 2, HEIGHT / 2);
        } else if (corners.length === 1) {
            var s = toScreen(corners[0]);
            p = toMap(s[0] + 40, s[1]);
        } else {
            var a = corners[corners.length - 1], b = corners[0];
            p = corners.length === 2 ? toMap(toScreen(a)[0], toScreen(a)[1] + 40)
                : [Math.round((a[0] + b[0]) / 2 * 1e6) / 1e6, Math.round((a[1] + b[1]) / 2 * 1e6) / 1e6];
        }
        corners.push(p);
        selected = corners.length - 1;
        change(selected);
    });
    root.querySelector("[data-action=undo]").addEventListener("click", function () {
        if (history.length > 0) {
            corners = history.pop();
            selected = -1;
            change();
        }
    });
    root.querySelector("[data-action=clear]").addEventListener("click", function () {
        remember();
        corners = [];
        selected = -1;
        change();
    });

    function load() {
        var r = parse(field.value);
        multi = r.multi;
        root.classList.toggle("is-unavailable", multi || r.corners === null);
        root.querySelector(".boundary-unavailable").hidden = !(multi || r.corners === null);
        if (r.corners) {
            corners = r.corners;
        }
        draw();
    }

    field.addEventListener("input", function () {
        history = [];
        load();
    });

    drawReference();
    root.hidden = false;
    load();
})();
