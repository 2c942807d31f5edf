// Moving through the article by keyboard: a roving tab stop over the highlights (arrow keys,
// Home, End), and claim by claim (j/k, n/p, or the buttons), announced in the live region.

export class Navigator {
  /**
   * `describeClaim(el)` gives the words to announce for a claim highlight; `filtered()` tells
   * whether a source filter is on (then only matching claims are visited).
   */
  constructor(article, { announce, describeClaim, filtered }) {
    this.article = article;
    this.announce = announce;
    this.describeClaim = describeClaim;
    this.filtered = filtered;
    this.current = null;
    article.addEventListener('focusin', (e) => {
      if (e.target instanceof Element && e.target.classList.contains('stop')) this.current = e.target;
    });
    article.addEventListener('keydown', (e) => this.onArticleKey(e));
  }

  stops() {
    return [...this.article.querySelectorAll('.stop')];
  }

  claimStops() {
    const all = [...this.article.querySelectorAll('mark.claim-start')];
    return this.filtered() ? all.filter((el) => el.classList.contains('match')) : all;
  }

  focus(el, speak = true) {
    this.current = el;
    for (const s of this.article.querySelectorAll('.stop[tabindex="0"]')) s.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    for (const s of this.article.querySelectorAll('.current')) s.classList.remove('current');
    el.classList.add('current');
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    if (speak && el.dataset.type === 'claim') {
      const list = this.claimStops();
      const words = this.describeClaim(el);
      if (words) this.announce(`Claim ${list.indexOf(el) + 1} of ${list.length}, ${words}.`);
    }
  }

  moveClaim(step) {
    const list = this.claimStops();
    if (!list.length) {
      this.announce('No claims to go to.');
      return;
    }
    // The reading position: the focused highlight, else the last one visited (buttons take focus).
    const active = this.article.contains(document.activeElement) ? document.activeElement
      : this.current && this.article.contains(this.current) ? this.current : null;
    let i = list.indexOf(active);
    if (i < 0) {
      // Start from the first claim after (or before) that highlight.
      const here = active ? Number(active.dataset.start || 0) : -1;
      i = step > 0 ? list.findIndex((el) => Number(el.dataset.start) > here) - 1 : list.findIndex((el) => Number(el.dataset.start) >= here);
      if (i < -1) i = list.length - 1;
      if (step < 0 && i < 0) i = list.length;
    }
    this.focus(list[Math.min(list.length - 1, Math.max(0, i + step))]);
  }

  moveStop(step) {
    const list = this.stops();
    if (!list.length) return;
    const i = list.indexOf(document.activeElement);
    this.focus(list[i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + step))]);
  }

  onArticleKey(e) {
    if (!(e.target instanceof Element) || !e.target.classList.contains('stop')) return;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in moves) {
      e.preventDefault();
      this.moveStop(moves[e.key]);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const list = this.stops();
      if (list.length) this.focus(e.key === 'Home' ? list[0] : list[list.length - 1]);
    }
  }
}

export function isTyping(target) {
  return target instanceof Element && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
