/**
 * The IPT widget blocks in the block editor. Plain JavaScript on WordPress's wp.* globals, so the
 * plugin needs no build step of its own. Every block, control and allowed value comes from
 * window.iptWidgetsEditor, which PHP prints from the allowlist the build generated from
 * custom-elements.json. The preview is the real element, defined by the widgets' module script.
 *
 * The checks below are the same as includes/class-ipt-widgets-attributes.php: a value the widget
 * would not accept is left out of the preview (and of the published page) and named in a notice
 * and in the console, in the words the widgets use.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config) return;

  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var useEffect = wp.element.useEffect;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var TextControl = wp.components.TextControl;
  var ToggleControl = wp.components.ToggleControl;
  var Notice = wp.components.Notice;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;

  var CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
  /** PHP's trim(): the server decides, so the editor trims the same characters. */
  function trim(text) {
    return text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
  }
  var ANY_CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

  function shown(value) {
    var text = typeof value === 'string' ? value : JSON.stringify(value);
    return String(text)
      .replace(/[\u0000-\u001f\u007f]/g, '?')
      .slice(0, 80);
  }

  function invalid(warnings, tag, name, value, reason) {
    warnings.push('[ipt-widgets] <' + tag + '> ' + name + '="' + shown(value) + '" is not valid; ' + reason + '.');
    return undefined;
  }

  /** http(s) addresses with a host, and relative ones; never javascript:, data: and the like. */
  function isSafeHref(href) {
    if (href === '' || ANY_CONTROL_CHARACTER.test(href)) return false;
    var scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
    if (!scheme) return true;
    var name = scheme[1].toLowerCase();
    if (name !== 'http' && name !== 'https') return false;
    try {
      return new URL(href).hostname !== '';
    } catch {
      return false;
    }
  }

  /** One value against its rule: the value to use, or undefined (left out; a warning says why). */
  function checkValue(tag, rule, value, warnings) {
    var name = rule.name;
    if (value === undefined || value === null) return undefined;
    if (rule.kind === 'boolean') {
      if (typeof value === 'boolean') return value ? true : undefined;
      var word = typeof value === 'string' ? trim(value).toLowerCase() : null;
      if (['', 'true', '1', 'yes', 'on', name].indexOf(word) >= 0) return true;
      if (['false', '0', 'no', 'off'].indexOf(word) >= 0) return undefined;
      return invalid(warnings, tag, name, value, 'expected true or false; left out');
    }
    if (typeof value === 'boolean') value = value ? 'true' : 'false';
    else if (typeof value === 'number' && isFinite(value)) value = String(value);
    else if (typeof value !== 'string') return invalid(warnings, tag, name, value, 'expected text; left out');
    if (trim(value) === '') return undefined;
    if (CONTROL_CHARACTERS.test(value))
      return invalid(warnings, tag, name, value, 'control characters are not allowed; left out');
    var trimmed = trim(value);
    switch (rule.kind) {
      case 'enum':
        if (rule.values.indexOf(trimmed.toLowerCase()) >= 0) return trimmed.toLowerCase();
        return invalid(warnings, tag, name, value, 'expected one of ' + rule.values.join(', ') + '; left out');
      case 'ids': {
        var known = [];
        trimmed
          .toLowerCase()
          .split(/[ \t\n\r\f\v,]+/) // PHP's \s: the server splits the same way
          .filter(Boolean)
          .forEach(function (token) {
            if (rule.values.indexOf(token) < 0)
              invalid(warnings, tag, name, token, 'expected ids from: ' + rule.values.join(', ') + '; skipping it');
            else if (known.indexOf(token) < 0) known.push(token);
          });
        return known.length ? known.join(' ') : undefined;
      }
      case 'url':
        if (rule.absolute) {
          return /^https?:\/\//i.test(trimmed) && isSafeHref(trimmed)
            ? trimmed
            : invalid(warnings, tag, name, value, 'use an absolute http(s) address; left out');
        }
        return isSafeHref(trimmed)
          ? trimmed
          : invalid(warnings, tag, name, value, 'use an http(s) or relative address; left out');
      case 'key':
        if (trimmed.length <= rule.max && new RegExp(rule.pattern).test(trimmed)) return trimmed;
        return invalid(
          warnings,
          tag,
          name,
          value,
          'use up to ' + rule.max + ' letters, digits, ".", "_" or "-"; left out',
        );
      case 'lang': {
        var match = /^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i.exec(trimmed);
        if (match && rule.values.indexOf(match[1].toLowerCase()) >= 0) return trimmed;
        return invalid(
          warnings,
          tag,
          name,
          value,
          'expected one of ' + rule.values.join(', ') + ' (the languages this plugin carries); left out',
        );
      }
      default:
        if (trimmed.length <= (rule.max || 200)) return trimmed;
        return invalid(
          warnings,
          tag,
          name,
          value,
          'use plain text up to ' + (rule.max || 200) + ' characters; left out',
        );
    }
  }

  /** The block's attributes as the element gets them (attribute name => value), and the warnings. */
  function checkBlock(widget, attributes) {
    var warnings = [];
    var checked = {};
    widget.attributes.forEach(function (rule) {
      var value = checkValue(widget.tag, rule, attributes[rule.key], warnings);
      if (value !== undefined) checked[rule.name] = value;
    });
    var href = typeof attributes.fallbackHref === 'string' ? trim(attributes.fallbackHref) : '';
    if (href !== '' && !isSafeHref(href)) {
      invalid(warnings, widget.tag, 'fallback link', href, 'use an http(s) or relative address; left out');
      href = '';
    }
    return { checked: checked, warnings: warnings, href: href };
  }

  /** What the provider passes down for an attribute, if the site sets it. */
  function siteDefault(rule) {
    var provider = config.provider || {};
    if (rule.name === 'lang') return provider.locale;
    if (rule.name === 'region' || rule.name === 'color-scheme') return provider[rule.name];
    return undefined;
  }

  function labelOf(rule, value) {
    var labels = (config.valueLabels || {})[rule.name] || {};
    return labels[value] ? labels[value] + ' (' + value + ')' : value;
  }

  function emptyOptionLabel(rule) {
    var site = siteDefault(rule);
    if (site) return sprintf(__('Site default: %s', 'ipt-widgets'), labelOf(rule, site));
    if (rule.name === 'region' || rule.name === 'color-scheme' || rule.name === 'lang')
      return __('Site default', 'ipt-widgets');
    if (typeof rule.default === 'string' && rule.default !== '')
      return sprintf(__('Default: %s', 'ipt-widgets'), labelOf(rule, rule.default));
    return __('Default', 'ipt-widgets');
  }

  function control(rule, attributes, setAttributes) {
    var value = attributes[rule.key];
    var set = function (next) {
      var change = {};
      change[rule.key] = next === '' || next === false ? undefined : next;
      setAttributes(change);
    };
    if (rule.kind === 'boolean') {
      return el(ToggleControl, {
        key: rule.key,
        label: rule.label,
        help: rule.description,
        checked: value === true,
        onChange: set,
      });
    }
    if (rule.kind === 'enum' || rule.kind === 'lang') {
      var options = [{ value: '', label: emptyOptionLabel(rule) }].concat(
        rule.values.map(function (v) {
          return { value: v, label: labelOf(rule, v) };
        }),
      );
      // A saved value the widget does not accept stays visible as itself, so it can be changed.
      if (typeof value === 'string' && value !== '' && rule.values.indexOf(value) < 0) {
        options.push({ value: value, label: sprintf(__('%s (not valid)', 'ipt-widgets'), shown(value)) });
      }
      return el(SelectControl, {
        key: rule.key,
        label: rule.label,
        help: rule.description,
        value: typeof value === 'string' ? value : '',
        options: options,
        onChange: set,
      });
    }
    var help = rule.description;
    if (rule.kind === 'ids') help += ' ' + sprintf(__('Ids: %s.', 'ipt-widgets'), rule.values.join(', '));
    return el(TextControl, {
      key: rule.key,
      label: rule.label,
      help: help,
      value: typeof value === 'string' ? value : '',
      onChange: set,
    });
  }

  function warningNotice(warnings) {
    if (!warnings.length) return null;
    return el(
      Notice,
      { status: 'warning', isDismissible: false, className: 'ipt-widgets-editor-notice' },
      el(
        'p',
        null,
        __('This block has settings the widget does not accept. They are left out of the page:', 'ipt-widgets'),
      ),
      el(
        'ul',
        null,
        warnings.map(function (warning) {
          return el('li', { key: warning }, warning);
        }),
      ),
    );
  }

  function makeEdit(widget) {
    return function Edit(props) {
      var attributes = props.attributes;
      var setAttributes = props.setAttributes;
      var blockProps = useBlockProps({ className: 'ipt-widgets-editor-block' });
      var result = checkBlock(widget, attributes);
      var warningKey = result.warnings.join('\n');

      // A new block gets the default fallback line, so the saved post carries readable text.
      useEffect(function () {
        if (attributes.fallbackText === undefined) setAttributes({ fallbackText: widget.defaultFallback });
      }, []);
      useEffect(
        function () {
          result.warnings.forEach(function (warning) {
            console.warn(warning);
          });
        },
        [warningKey],
      );

      var elementProps = {};
      Object.keys(result.checked).forEach(function (name) {
        elementProps[name] = result.checked[name] === true ? '' : result.checked[name];
      });
      // The quick exit is not previewed live: its Shift shortcut would take an author out of the
      // editor, unsaved work and all. The published page has the real element.
      var preview =
        widget.tag === 'ipt-quick-exit'
          ? el(
              'p',
              { className: 'ipt-widgets-quick-exit-placeholder' },
              __('Quick exit: the published page shows a "Leave this page" button here, and pressing Shift 3 times leaves the page.', 'ipt-widgets'),
            )
          : el(widget.tag, elementProps);
      var provider = config.provider || {};
      if (Object.keys(provider).length) preview = el('ipt-provider', Object.assign({}, provider), preview);

      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Widget settings', 'ipt-widgets'), initialOpen: true },
            warningNotice(result.warnings),
            widget.attributes.map(function (rule) {
              return control(rule, attributes, setAttributes);
            }),
            config.settingsUrl
              ? el(
                  'p',
                  { className: 'ipt-widgets-editor-site-defaults' },
                  el('a', { href: config.settingsUrl }, __('Site-wide defaults', 'ipt-widgets')),
                )
              : null,
          ),
          el(
            PanelBody,
            { title: __('Without JavaScript', 'ipt-widgets'), initialOpen: false },
            el(TextControl, {
              label: __('Fallback text', 'ipt-widgets'),
              help: __('Shown until the widget loads, and where it cannot. Plain text.', 'ipt-widgets'),
              value: typeof attributes.fallbackText === 'string' ? attributes.fallbackText : '',
              onChange: function (next) {
                setAttributes({ fallbackText: next });
              },
            }),
            el(TextControl, {
              label: __('Fallback link (optional)', 'ipt-widgets'),
              help: __(
                'Makes the text a link, for example to a page of this site. An http(s) or relative address.',
                'ipt-widgets',
              ),
              type: 'url',
              value: typeof attributes.fallbackHref === 'string' ? attributes.fallbackHref : '',
              onChange: function (next) {
                setAttributes({ fallbackHref: next === '' ? undefined : next });
              },
            }),
          ),
        ),
        el('div', blockProps, warningNotice(result.warnings), preview),
      );
    };
  }

  /** The saved HTML: only the fallback line, which is what a post shows if the plugin is removed. */
  function makeSave() {
    return function save(props) {
      var attributes = props.attributes;
      var text = typeof attributes.fallbackText === 'string' ? trim(attributes.fallbackText) : '';
      if (text === '') return null;
      var href = typeof attributes.fallbackHref === 'string' ? trim(attributes.fallbackHref) : '';
      var inner = href !== '' && isSafeHref(href) ? el('a', { href: href }, text) : text;
      return el('div', useBlockProps.save(), el('p', { className: 'ipt-widgets-fallback' }, inner));
    };
  }

  /** The block's attributes as block.json declares them (a deprecation needs its own copy). */
  function blockAttributes(widget) {
    var attributes = { fallbackText: { type: 'string' }, fallbackHref: { type: 'string' } };
    widget.attributes.forEach(function (rule) {
      attributes[rule.key] = { type: rule.kind === 'boolean' ? 'boolean' : 'string' };
    });
    return attributes;
  }

  // For the plugin's test (and site code): the editor's verdict on a block's attributes.
  config.checkBlock = checkBlock;

  config.widgets.forEach(function (widget) {
    wp.blocks.registerBlockType(widget.block, {
      edit: makeEdit(widget),
      save: makeSave(widget),
      // A block written without inner HTML (by hand in the code editor, through the REST API, or
      // by an older version) is valid too: the page is built from its attributes either way.
      deprecated: [
        {
          attributes: blockAttributes(widget),
          save: function () {
            return null;
          },
        },
      ],
    });
  });
})(window.wp, window.iptWidgetsEditor);
