// Browser-side checks for Tests/audit/audit.py, beyond what axe-core tests.
// Injected into each page; defines window.__audit. Every check returns a list of
// problems: {rule, target, html, message}.
(() => {
    if (window.__audit) return;

    const MAX_FOCUS_SAMPLES = 40;
    const MAX_REPORTED = 5;
    const FOCUSABLE = [
        'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea',
        'summary', 'iframe', '[tabindex]', '[contenteditable=""]', '[contenteditable="true"]',
    ].join(',');
    // Elements whose own box is not text layout: never "clipped text".
    const NOT_TEXT = new Set(['input', 'select', 'textarea', 'option', 'img', 'svg', 'video', 'audio',
        'iframe', 'canvas', 'object', 'embed', 'picture', 'math']);

    function cssPath(el) {
        if (!(el instanceof Element)) return String(el);
        const parts = [];
        for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
            if (node.id && document.querySelectorAll('#' + CSS.escape(node.id)).length === 1) {
                parts.unshift('#' + CSS.escape(node.id));
                break;
            }
            let part = node.localName;
            const parent = node.parentElement;
            if (parent) {
                const same = Array.from(parent.children).filter((c) => c.localName === node.localName);
                if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
            }
            parts.unshift(part);
            if (node === document.body || node === document.documentElement) break;
        }
        return parts.join(' > ');
    }

    function snippet(el) {
        const html = (el.outerHTML || '').replace(/\s+/g, ' ');
        return html.length > 200 ? html.slice(0, 197) + '...' : html;
    }

    function problem(rule, el, message) {
        return el ? { rule, target: cssPath(el), html: snippet(el), message } : { rule, target: '', html: '', message };
    }

    // Hidden by display/visibility, or by the common "visually hidden" pattern (1px box or clip).
    function notVisible(el) {
        if (el.getClientRects().length === 0) return true;
        for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
            const cs = getComputedStyle(n);
            if (cs.display === 'none' || cs.visibility === 'hidden') return true;
            if (cs.clip && cs.clip !== 'auto') return true;
            if (cs.clipPath && cs.clipPath !== 'none' && /inset\(50%/.test(cs.clipPath)) return true;
            const r = n.getBoundingClientRect();
            if ((r.width <= 1 || r.height <= 1) && cs.overflow !== 'visible') return true;
        }
        return false;
    }

    // Moved out of the page (e.g. a skip link parked at left: -9999px until focused).
    function offscreen(el) {
        const r = el.getBoundingClientRect();
        return r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0 ||
            r.left + window.scrollX >= document.documentElement.scrollWidth;
    }

    function focusables() {
        return Array.from(document.querySelectorAll(FOCUSABLE)).filter(
            (el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]'),
        );
    }

    function hasText(el) {
        return (el.innerText || '').trim().length > 0;
    }

    // Does an ancestor below <body> establish a scroll or clip container on the x axis?
    // Then this element's overflow stays inside it (a scrollable table/code wrapper is fine;
    // a clipping one is reported by clippedText()).
    function containedHorizontally(el) {
        for (let n = el.parentElement; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
            const cs = getComputedStyle(n);
            if (cs.overflowX !== 'visible') return true;
            if (cs.position === 'fixed') return false;
        }
        return false;
    }

    // Elements sticking out past the right edge of the viewport, outermost first.
    function rightEdgeOffenders() {
        const vw = window.innerWidth;
        const out = [];
        for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (r.right <= vw + 1 || r.left >= vw) continue; // fits, or parked entirely off-screen
            if (!hasText(el) && !NOT_TEXT.has(el.localName)) continue;
            if (notVisible(el) || containedHorizontally(el)) continue;
            if (out.some((o) => o.contains(el))) continue;
            out.push(el);
        }
        return out;
    }

    function horizontalScroll(rule, what) {
        const sw = document.documentElement.scrollWidth;
        const vw = window.innerWidth;
        const offenders = rightEdgeOffenders();
        if (sw <= vw && offenders.length === 0) return [];
        const head = `${what}: page is ${sw}px wide in a ${vw}px viewport`;
        if (offenders.length === 0) return [problem(rule, document.documentElement, head + ' (horizontal scrolling)')];
        return offenders.slice(0, MAX_REPORTED).map((el) => {
            const r = el.getBoundingClientRect();
            return problem(rule, el, `${head}; this element spans ${Math.round(r.left)}..${Math.round(r.right)}px`);
        });
    }

    // Text-bearing elements with overflow hidden/clip whose content does not fit.
    function clippedText(rule, what) {
        const out = [];
        for (const el of document.body.querySelectorAll('*')) {
            if (NOT_TEXT.has(el.localName)) continue;
            const cs = getComputedStyle(el);
            const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
            const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
            if (!clipX && !clipY) continue;
            if (!hasText(el) || notVisible(el)) continue;
            const dx = el.scrollWidth - el.clientWidth;
            const dy = el.scrollHeight - el.clientHeight;
            if ((clipX && dx > 1) || (clipY && dy > 2)) {
                const how = [];
                if (clipX && dx > 1) how.push(`${dx}px cut off horizontally`);
                if (clipY && dy > 2) how.push(`${dy}px cut off vertically`);
                const ellipsis = cs.textOverflow === 'ellipsis' ? ' (text-overflow: ellipsis hides it)' : '';
                out.push(problem(rule, el, `${what}: content clipped by overflow: ${cs.overflow}, ${how.join(', ')}${ellipsis}`));
                if (out.length >= MAX_REPORTED) break;
            }
        }
        return out;
    }

    function reflow() {
        return horizontalScroll('reflow-320', 'At 320px width').concat(clippedText('reflow-320-clipped', 'At 320px width'));
    }

    function textResize() {
        const root = document.documentElement;
        const old = root.style.fontSize;
        root.style.fontSize = '200%';
        try {
            return horizontalScroll('text-200', 'At 200% text size').concat(clippedText('text-200-clipped', 'At 200% text size'));
        } finally {
            root.style.fontSize = old;
        }
    }

    // Style facts that can make focus visible. Outline/border/decoration only count when drawn.
    function focusSnapshot(el) {
        const cs = getComputedStyle(el);
        const drawn = (style, width) => style !== 'none' && style !== 'hidden' && parseFloat(width) > 0;
        const sides = ['Top', 'Right', 'Bottom', 'Left'];
        return {
            outline: drawn(cs.outlineStyle, cs.outlineWidth)
                ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} offset ${cs.outlineOffset}` : 'none',
            'box-shadow': cs.boxShadow,
            'background-color': cs.backgroundColor,
            'background-image': cs.backgroundImage,
            color: cs.color,
            'text-decoration': cs.textDecorationLine === 'none' ? 'none'
                : `${cs.textDecorationLine} ${cs.textDecorationStyle} ${cs.textDecorationColor} ${cs.textDecorationThickness}`,
            border: sides.map((s) => drawn(cs[`border${s}Style`], cs[`border${s}Width`])
                ? `${cs[`border${s}Style`]} ${cs[`border${s}Width`]} ${cs[`border${s}Color`]}` : 'none').join(' | '),
        };
    }

    function sample(list, max) {
        if (list.length <= max) return list;
        const picked = [];
        for (let i = 0; i < max; i++) picked.push(list[Math.floor((i * list.length) / max)]);
        return picked;
    }

    // No transitions or animations: a focused style or a skip link sliding into view must be
    // measurable at once. Applied once per page load, before the keyboard checks.
    function freezeMotion() {
        if (document.getElementById('__audit-freeze-motion')) return;
        const style = document.createElement('style');
        style.id = '__audit-freeze-motion';
        style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
        (document.head || document.documentElement).appendChild(style);
    }

    function focusVisible() {
        freezeMotion();
        const out = [];
        let checked = 0;
        for (const el of sample(focusables(), MAX_FOCUS_SAMPLES)) {
            if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
            const before = focusSnapshot(el);
            el.focus({ preventScroll: true });
            if (document.activeElement !== el) continue; // not focusable after all (hidden, inert)
            const after = focusSnapshot(el);
            el.blur();
            checked++;
            if (Object.keys(before).every((k) => before[k] === after[k])) {
                out.push(problem('focus-visible', el,
                    'No visible focus indicator: outline, box-shadow, background, color, text-decoration and border are the same focused and unfocused'));
            }
        }
        return { problems: out.slice(0, MAX_REPORTED * 2), failed: out.length, checked };
    }

    // The skip link: the element the first Tab press focuses.
    function skipLinkAfterTab() {
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) {
            return { ok: false, problems: [problem('skip-link', null, 'The first Tab press focused nothing: the page has no skip link (or nothing focusable)')] };
        }
        const href = el.getAttribute('href') || '';
        if (el.localName !== 'a' || !href.startsWith('#') || href.length < 2) {
            return { ok: false, problems: [problem('skip-link', el, 'The first Tab press did not focus a skip link (an <a href="#main"> before everything else)')] };
        }
        const problems = [];
        let targetId = href.slice(1);
        try { targetId = decodeURIComponent(targetId); } catch (e) { /* keep raw */ }
        const target = document.getElementById(targetId);
        const main = document.querySelector('main');
        if (!target) {
            problems.push(problem('skip-link', el, `Skip link target ${href} does not exist`));
        } else if (!main || !(main === target || main.contains(target) || target.contains(main))) {
            problems.push(problem('skip-link', el, `Skip link target ${href} is not the <main> element or inside it`));
        }
        const r = el.getBoundingClientRect();
        if (notVisible(el) || r.width < 2 || r.height < 2 || r.right <= 0 || r.bottom <= 0 ||
            r.left >= window.innerWidth || r.top >= window.innerHeight) {
            problems.push(problem('skip-link', el, 'Skip link is not visible when focused'));
        }
        window.__auditSkipLink = el;
        return { ok: problems.length === 0, problems };
    }

    function focusInMain() {
        const main = document.querySelector('main');
        const el = document.activeElement;
        if (main && el && (el === main || main.contains(el))) return [];
        const where = el && el !== document.body ? cssPath(el) : 'the document body';
        return [problem('skip-link', main, `Activating the skip link left focus on ${where}, not on <main> (give <main> tabindex="-1" and the id the link targets)`)];
    }

    function isBreadcrumb(nav) {
        const label = [nav.getAttribute('aria-label'), nav.className, nav.id].join(' ');
        const by = nav.getAttribute('aria-labelledby');
        const byText = by ? by.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ') : '';
        return /bread\s*crumb/i.test(label + ' ' + byText);
    }

    function printed(el) {
        return !(notVisible(el) || offscreen(el));
    }

    function print() {
        const out = [];
        const navs = document.querySelectorAll('nav, [role="navigation"]');
        for (const nav of navs) {
            if (isBreadcrumb(nav) || (nav.parentElement && nav.parentElement.closest('nav, [role="navigation"]'))) continue;
            if (printed(nav)) out.push(problem('print-nav', nav, 'Site navigation is printed: hide it with display: none in @media print'));
        }
        const skip = window.__auditSkipLink;
        if (skip && printed(skip)) out.push(problem('print-nav', skip, 'The skip link is printed: hide it with display: none in @media print'));
        let links = 0;
        for (const a of document.querySelectorAll('main a[href^="http:"], main a[href^="https:"]')) {
            if (!printed(a)) continue;
            const href = a.getAttribute('href');
            const text = a.textContent.trim();
            if (text === href || text === a.href) continue; // the URL is already the link text
            const content = getComputedStyle(a, '::after').content || '';
            if (!(content.includes(href) || content.includes(a.href) || content.includes('attr(href)'))) {
                if (++links <= MAX_REPORTED) {
                    out.push(problem('print-link-url', a, `External link URL is not printed after the link (::after content is ${content})`));
                }
            }
        }
        return out;
    }

    // Run in the JavaScript-disabled session: the server-rendered page must stand on its own.
    function noScript() {
        const main = document.querySelector('main');
        if (!main) return [problem('no-js', null, 'Without JavaScript there is no <main> element')];
        if (notVisible(main)) return [problem('no-js', main, 'Without JavaScript <main> is not rendered')];
        const h1 = main.querySelector('h1');
        if (!h1) return [problem('no-js', main, 'Without JavaScript <main> has no <h1>')];
        if (!h1.textContent.trim() || notVisible(h1)) return [problem('no-js', h1, 'Without JavaScript the <h1> in <main> is empty or not rendered')];
        return [];
    }

    window.__audit = { freezeMotion, reflow, textResize, focusVisible, skipLinkAfterTab, focusInMain, print, noScript };
})();
