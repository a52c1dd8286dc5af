import type { ComponentChildren } from 'preact';
import './section.css';

interface SectionProps {
  title: string;
  description?: string;
  /** Anchor id, so the options page can be linked to a section. */
  id?: string;
  children: ComponentChildren;
}

/** A titled block of the options page. */
export function Section({ title, description, id, children }: SectionProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section class="section" id={id} aria-labelledby={headingId}>
      <header class="section-header">
        <h2 id={headingId}>{title}</h2>
        {description ? <p class="section-description">{description}</p> : null}
      </header>
      <div class="section-body">{children}</div>
    </section>
  );
}
