import { waybillCheck, waybillToolLive as t } from '../../i18n/waybill-tool.ts';
import { checkWaybill, FIELDS, maskWaybill, printed, type WaybillFields, type WaybillVerdict } from '../../lib/waybill.ts';
import { STATUS_MARKS, verdictMessage, verdictSummary } from '../../lib/waybill/verdict-words.ts';
import { defineIsland } from '../island.ts';
import { reportUnsavedWork } from '../unsaved-work.ts';
import { waybillToolHooks as hooks } from './hooks.ts';

/**
 * Brings the privacy-waybill tool to life. Everything typed stays in this page: it is
 * read from the inputs, run through src/lib/waybill.ts and written back with
 * textContent. Nothing is sent, stored or parsed as HTML.
 */
const ANNOUNCE_AFTER_MS = 600;

function read(group: HTMLElement): WaybillFields {
  const value = (name: string) => group.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
  return { name: value('name'), phone: value('phone'), address: value('address') };
}

function showLabel(root: HTMLElement, name: string, fields: WaybillFields): void {
  const label = root.querySelector<HTMLElement>(hooks.selector('label', name));
  for (const field of FIELDS) {
    const cell = label?.querySelector<HTMLElement>(hooks.selector('field', field));
    if (cell) cell.textContent = fields[field];
  }
}

function showRules(root: HTMLElement, name: string, verdict: WaybillVerdict): void {
  const list = root.querySelector<HTMLElement>(hooks.selector('rules', name));
  for (const field of FIELDS) {
    const item = list?.querySelector<HTMLElement>(hooks.selector('rule', field));
    if (!item) continue;
    const result = verdict[field];
    for (const status of ['ok', 'warn', 'fail'] as const) item.classList.toggle(status, result.status === status);
    item.querySelector('.mark')!.textContent = STATUS_MARKS[result.status];
    hooks.find(item, 'verdict').textContent = t.status[result.status];
    hooks.find(item, 'message').textContent = verdictMessage(result, waybillCheck);
  }
}

function mount(root: HTMLElement): void {
  root.hidden = false;
  const make = hooks.find(root, 'form', 'make');
  const check = hooks.find(root, 'form', 'check');
  const status = hooks.find(root, 'summary');
  let mode: 'make' | 'check' = 'make';
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Fields that no longer hold the sample the page was drawn with.
  reportUnsavedWork(() => [...root.querySelectorAll<HTMLInputElement>('input[type="text"]')].some((input) => input.value !== input.defaultValue));

  // The status line is what screen readers hear: updated once typing pauses, not per key.
  const announce = (message: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = message;
    }, ANNOUNCE_AFTER_MS);
  };

  const updateMake = () => {
    const full = read(make);
    const masked = printed(maskWaybill(full));
    const after = checkWaybill(masked);
    showLabel(root, 'before', full);
    showLabel(root, 'after', masked);
    showRules(root, 'before', checkWaybill(full));
    showRules(root, 'after', after);
    announce(`${t.after}：${verdictSummary(after, t)}`);
  };
  const updateCheck = () => {
    const verdict = checkWaybill(read(check));
    showRules(root, 'check', verdict);
    announce(verdictSummary(verdict, t));
  };

  make.addEventListener('input', updateMake);
  check.addEventListener('input', updateCheck);

  // The kiosk has no keyboard: a tapped sample label fills the mode's (hidden) fields.
  for (const sample of hooks.findAll<HTMLInputElement>(root, 'sample')) {
    sample.addEventListener('change', () => {
      const group = sample.closest<HTMLElement>(hooks.selector('form'));
      if (!sample.checked || !group) return;
      const fields = JSON.parse(hooks.read(sample, 'sample') ?? '{}') as Partial<WaybillFields>;
      for (const field of FIELDS) {
        const input = group.querySelector<HTMLInputElement>(`input[name="${field}"]`);
        if (input) input.value = fields[field] ?? '';
      }
      group.dispatchEvent(new Event('input'));
    });
  }

  for (const radio of root.querySelectorAll<HTMLInputElement>('.modes input[type="radio"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      mode = radio.value === 'check' ? 'check' : 'make';
      for (const panel of hooks.findAll(root, 'mode-panel')) panel.hidden = hooks.read(panel, 'mode-panel') !== mode;
      if (mode === 'make') updateMake();
      else updateCheck();
    });
  }
}

/** <waybill-tool>: the element WaybillTool.astro draws. */
defineIsland('waybill-tool', mount);
