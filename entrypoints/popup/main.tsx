import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { App } from './app';

const root = document.getElementById('app');
if (root) render(<App />, root);
