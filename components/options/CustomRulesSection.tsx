import { useMemo, useState } from 'react';
import { createDetector } from '@/lib/detect';
import { type DetectionResult, TRIGGER_KINDS } from '@/lib/detect/types';
import { type MessageKey, t } from '@/lib/i18n';
import { RULE_SEVERITIES } from '@/lib/settings/custom-rule-schema';
import {
  type CustomRule,
  compileCustomRules,
  newCustomRule,
  parsePastedChat,
  previewCustomRules,
  validateCustomRule,
} from '@/lib/settings/custom-rules';
import { isLocked } from '@/lib/settings/managed';
import type { Settings } from '@/lib/settings/schema';
import { useSettingsStore } from '@/lib/settings/store';
import { LockedNote, Section } from './controls';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The editor works on text areas (one entry a line); this converts both ways. */
interface RuleForm {
  id: string;
  label: string;
  kind: string;
  role: 'customer' | 'agent';
  severity: CustomRule['severity'];
  enabled: boolean;
  phrases: string;
  patterns: string;
  nextSteps: string;
  shouldMatch: string;
  shouldNotMatch: string;
}

function toForm(rule: CustomRule): RuleForm {
  return {
    id: rule.id,
    label: rule.label ?? '',
    kind: rule.kind,
    role: rule.role,
    severity: rule.severity,
    enabled: rule.enabled,
    phrases: rule.phrases.join('\n'),
    patterns: rule.patterns.join('\n'),
    nextSteps: rule.nextSteps.map((s) => (s.action === 'handoff' ? `[handoff] ${s.text}` : s.text)).join('\n'),
    shouldMatch: rule.examples.shouldMatch.join('\n'),
    shouldNotMatch: rule.examples.shouldNotMatch.join('\n'),
  };
}

function fromForm(form: RuleForm): unknown {
  return {
    id: form.id.trim(),
    label: form.label.trim() || undefined,
    kind: form.kind.trim(),
    role: form.role,
    severity: form.severity,
    enabled: form.enabled,
    phrases: lines(form.phrases),
    patterns: lines(form.patterns),
    nextSteps: lines(form.nextSteps).map((line, i) => {
      const handoff = line.startsWith('[handoff]');
      return {
        id: `${form.id.trim()}-step-${i + 1}`,
        text: handoff ? line.slice('[handoff]'.length).trim() : line,
        ...(handoff ? { action: 'handoff' as const } : {}),
      };
    }),
    examples: { shouldMatch: lines(form.shouldMatch), shouldNotMatch: lines(form.shouldNotMatch) },
  };
}

const SAMPLE_CHAT =
  'customer: I have asked three times. Under GDPR I want you to delete my data.\nagent: no can do, sorry\ncustomer: then I am going to the ombudsman';

function TextLines({
  id,
  label,
  help,
  value,
  onChange,
  readOnly,
}: {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help ? (
        <small id={`${id}-help`} className="muted">
          {help}
        </small>
      ) : null}
      <textarea
        id={id}
        rows={3}
        value={value}
        readOnly={readOnly}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}

function RuleEditor({ initial, isNew, locked, onDone }: { initial: CustomRule; isNew: boolean; locked: boolean; onDone: () => void }) {
  const rules = useSettingsStore((s) => s.settings.customRules);
  const update = useSettingsStore((s) => s.update);
  const [form, setForm] = useState<RuleForm>(() => toForm(initial));
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  // Re-validate only when the rule's content changes (validation times each pattern).
  const candidateJson = JSON.stringify(fromForm(form));
  const check = useMemo(() => validateCustomRule(JSON.parse(candidateJson)), [candidateJson]);
  const duplicate = (isNew || form.id !== initial.id) && rules.some((r) => r.id === form.id.trim());
  const canSave = !locked && check.ok && !duplicate;
  const p = `rule-${initial.id}`;

  return (
    <form
      className="rule-editor"
      aria-label={t('options_rules_editor_label', { id: initial.id })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!canSave || !check.compiled) return;
        const rule = check.compiled.rule;
        void update((d) => {
          const at = d.customRules.findIndex((r) => r.id === initial.id);
          if (at >= 0 && !isNew) d.customRules[at] = rule;
          else d.customRules.push(rule);
        }).then(onDone);
      }}
    >
      {locked ? <p className="locked-note">{t('options_locked')}</p> : null}
      <fieldset disabled={locked}>
        <div className="grid">
          <div className="field">
            <label htmlFor={`${p}-id`}>{t('options_rules_id')}</label>
            <input id={`${p}-id`} value={form.id} onChange={(e) => set('id', e.currentTarget.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${p}-label`}>{t('options_rules_label')}</label>
            <input id={`${p}-label`} value={form.label} onChange={(e) => set('label', e.currentTarget.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${p}-kind`}>{t('options_rules_kind')}</label>
            <input id={`${p}-kind`} list="trigger-kinds" value={form.kind} onChange={(e) => set('kind', e.currentTarget.value)} />
            <datalist id="trigger-kinds">
              {TRIGGER_KINDS.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={`${p}-role`}>{t('options_rules_role')}</label>
            <select id={`${p}-role`} value={form.role} onChange={(e) => set('role', e.currentTarget.value as RuleForm['role'])}>
              <option value="customer">{t('role_customer')}</option>
              <option value="agent">{t('role_agent')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${p}-severity`}>{t('options_rules_severity')}</label>
            <select
              id={`${p}-severity`}
              value={form.severity}
              onChange={(e) => set('severity', e.currentTarget.value as RuleForm['severity'])}
            >
              {RULE_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`severity_${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <label className="row">
            <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
            {t('options_rules_enabled')}
          </label>
        </div>
        <TextLines
          id={`${p}-phrases`}
          label={t('options_rules_phrases')}
          help={t('options_rules_phrases_help')}
          value={form.phrases}
          onChange={(v) => set('phrases', v)}
          readOnly={locked}
        />
        <TextLines
          id={`${p}-patterns`}
          label={t('options_rules_patterns')}
          help={t('options_rules_patterns_help')}
          value={form.patterns}
          onChange={(v) => set('patterns', v)}
          readOnly={locked}
        />
        <TextLines
          id={`${p}-steps`}
          label={t('options_rules_steps')}
          help={t('options_rules_steps_help')}
          value={form.nextSteps}
          onChange={(v) => set('nextSteps', v)}
          readOnly={locked}
        />
        <div className="grid">
          <TextLines
            id={`${p}-match`}
            label={t('options_rules_should_match')}
            value={form.shouldMatch}
            onChange={(v) => set('shouldMatch', v)}
            readOnly={locked}
          />
          <TextLines
            id={`${p}-nomatch`}
            label={t('options_rules_should_not_match')}
            value={form.shouldNotMatch}
            onChange={(v) => set('shouldNotMatch', v)}
            readOnly={locked}
          />
        </div>
      </fieldset>
      <div role="status" aria-live="polite">
        {check.ok && !duplicate ? (
          <p className="ok">{t('options_rules_valid')}</p>
        ) : (
          <ul className="problems">
            {duplicate ? <li>{t('options_rules_duplicate', { id: form.id })}</li> : null}
            {check.problems.map((pr) => (
              <li key={`${pr.path}:${pr.message}`}>
                <code>{pr.path}</code> {pr.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="row">
        {!locked ? (
          <button type="submit" className="primary" disabled={!canSave}>
            {t('options_save')}
          </button>
        ) : null}
        <button type="button" onClick={onDone}>
          {locked ? t('options_close') : t('options_cancel')}
        </button>
      </div>
    </form>
  );
}

type DetectorOptionsWithRules = Parameters<typeof createDetector>[0] & {
  customRules?: readonly CustomRule[];
  sensitivity?: Settings['sensitivity'];
};

/**
 * The pasted chat through the real detector with these rules and sensitivities, so the preview
 * shows what the sidebar would (negation and hypotheticals included), not only raw matches.
 */
function runDetector(
  messages: ReturnType<typeof parsePastedChat>,
  rules: readonly CustomRule[],
  sensitivity: Settings['sensitivity'],
): DetectionResult | null {
  try {
    const options: DetectorOptionsWithRules = { chatId: 'preview', customRules: rules, sensitivity };
    const detector = createDetector(options as Parameters<typeof createDetector>[0]);
    for (const m of messages) detector.add(m);
    return detector.result();
  } catch {
    return null;
  }
}

function RulePreview({ rules }: { rules: readonly CustomRule[] }) {
  const [chat, setChat] = useState(SAMPLE_CHAT);
  const sensitivity = useSettingsStore((s) => s.settings.sensitivity);
  const { compiled, rejected } = useMemo(() => compileCustomRules(rules), [rules]);
  const messages = useMemo(() => parsePastedChat(chat), [chat]);
  const hits = useMemo(() => previewCustomRules(messages, compiled), [messages, compiled]);
  const detected = useMemo(() => runDetector(messages, rules, sensitivity), [messages, rules, sensitivity]);
  return (
    <div className="preview">
      <h3>{t('options_rules_preview')}</h3>
      <label htmlFor="rules-preview-chat">{t('options_rules_preview_help')}</label>
      <textarea id="rules-preview-chat" className="code" rows={5} value={chat} onChange={(e) => setChat(e.currentTarget.value)} />
      {rejected.length > 0 ? (
        <p className="warn">{t('options_rules_rejected', { ids: rejected.map((r) => r.ruleId).join(', ') })}</p>
      ) : null}
      <ol className="preview-lines" aria-label={t('options_rules_preview')}>
        {messages.map((m) => {
          const mine = hits.filter((h) => h.messageId === m.id);
          return (
            <li key={m.id}>
              <span className="role">{t(`role_${m.role}` as MessageKey)}</span> {m.text}
              {mine.map((h) => (
                <div key={`${h.ruleId}:${h.index}`} className="hit">
                  <mark>{h.evidence}</mark> → <code>{h.kind}</code> ({t(`severity_${h.severity}` as MessageKey)}, {h.ruleId})
                </div>
              ))}
            </li>
          );
        })}
      </ol>
      {hits.length === 0 ? <p className="muted">{t('options_rules_no_hits')}</p> : null}
      {detected ? (
        <div className="detector-verdict" role="status">
          <p>{t('options_rules_detector', { risk: detected.risk, level: t(`level_${detected.level}` as MessageKey) })}</p>
          <ul>
            {detected.triggers.map((tr) => (
              <li key={`${tr.kind}:${tr.messageId}:${tr.evidence}`}>
                <code>{tr.kind}</code> “{tr.evidence}” ({tr.messageId})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function CustomRulesSection() {
  const rules = useSettingsStore((s) => s.settings.customRules);
  const locked = useSettingsStore((s) => s.locked);
  const update = useSettingsStore((s) => s.update);
  const [editing, setEditing] = useState<{ rule: CustomRule; isNew: boolean } | null>(null);

  return (
    <Section id="custom-rules" title={t('options_rules_title')} description={t('options_rules_help')}>
      <ul className="list">
        {rules.length === 0 ? <li className="muted">{t('options_rules_empty')}</li> : null}
        {rules.map((rule) => {
          const ruleLocked = isLocked(locked, `customRules.${rule.id}`);
          const problems = validateCustomRule(rule).problems.length;
          return (
            <li key={rule.id} className="row">
              <strong>{rule.label || rule.id}</strong>
              <code>{rule.kind}</code>
              <span>{t(`severity_${rule.severity}` as MessageKey)}</span>
              {!rule.enabled ? <span className="muted">{t('options_rules_off')}</span> : null}
              {problems > 0 ? <span className="warn">{t('options_rules_problems', { count: problems })}</span> : null}
              <LockedNote locked={ruleLocked} />
              <button
                type="button"
                onClick={() => setEditing({ rule, isNew: false })}
                aria-label={t('options_rules_edit_label', { action: ruleLocked ? t('options_view') : t('options_edit'), id: rule.id })}
              >
                {ruleLocked ? t('options_view') : t('options_edit')}
              </button>
              <button
                type="button"
                disabled={ruleLocked}
                aria-label={t('options_rules_delete_label', { id: rule.id })}
                onClick={() =>
                  void update((d) => {
                    d.customRules = d.customRules.filter((r) => r.id !== rule.id);
                  })
                }
              >
                {t('options_delete')}
              </button>
            </li>
          );
        })}
      </ul>
      {editing ? (
        <RuleEditor
          key={editing.rule.id}
          initial={editing.rule}
          isNew={editing.isNew}
          locked={!editing.isNew && isLocked(locked, `customRules.${editing.rule.id}`)}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ rule: newCustomRule(`rule-${rules.length + 1}`), isNew: true })}>
          {t('options_rules_add')}
        </button>
      )}
      <RulePreview rules={rules} />
    </Section>
  );
}
